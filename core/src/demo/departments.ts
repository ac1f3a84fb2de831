/**
 * The usual working departments of a people's government at each level, as demo data.
 * `abbr` builds the 机关代字 (region prefix + abbr: 青教, 北教, 门源教); `head` is the title of
 * the department head. The government office comes first at every level: it runs the
 * documents, information, supervision and duty work the suite is built around.
 */
export interface DepartmentTemplate {
  name: string;
  abbr: string;
  head: string;
  /** Internal sections (处室/科室/股室), each created as a sub-department. */
  sections?: string[];
}

const office = (name: string, sections: string[]): DepartmentTemplate => ({ name, abbr: '政办', head: '主任', sections });

export const provinceDepartments: DepartmentTemplate[] = [
  office('人民政府办公厅', [
    '秘书一处',
    '秘书二处',
    '秘书三处',
    '文电处',
    '综合调研室',
    '督查室',
    '政务信息处',
    '总值班室',
    '政务公开办公室',
    '电子政务办公室',
    '人事处',
    '行政处',
  ]),
  { name: '发展和改革委员会', abbr: '发改', head: '主任' },
  { name: '教育厅', abbr: '教', head: '厅长' },
  { name: '科学技术厅', abbr: '科', head: '厅长' },
  { name: '工业和信息化厅', abbr: '工信', head: '厅长' },
  { name: '民族宗教事务委员会', abbr: '民宗', head: '主任' },
  { name: '公安厅', abbr: '公', head: '厅长' },
  { name: '民政厅', abbr: '民', head: '厅长' },
  { name: '司法厅', abbr: '司', head: '厅长' },
  { name: '财政厅', abbr: '财', head: '厅长' },
  { name: '人力资源和社会保障厅', abbr: '人社', head: '厅长' },
  { name: '自然资源厅', abbr: '自然资源', head: '厅长' },
  { name: '生态环境厅', abbr: '生态环境', head: '厅长' },
  { name: '住房和城乡建设厅', abbr: '建', head: '厅长' },
  { name: '交通运输厅', abbr: '交', head: '厅长' },
  { name: '水利厅', abbr: '水', head: '厅长' },
  { name: '农业农村厅', abbr: '农', head: '厅长' },
  { name: '商务厅', abbr: '商', head: '厅长' },
  { name: '文化和旅游厅', abbr: '文旅', head: '厅长' },
  { name: '卫生健康委员会', abbr: '卫健', head: '主任' },
  { name: '退役军人事务厅', abbr: '退役军人', head: '厅长' },
  { name: '应急管理厅', abbr: '应急', head: '厅长' },
  { name: '审计厅', abbr: '审', head: '厅长' },
  { name: '人民政府外事办公室', abbr: '外办', head: '主任' },
  { name: '人民政府国有资产监督管理委员会', abbr: '国资', head: '主任' },
  { name: '市场监督管理局', abbr: '市监', head: '局长' },
  { name: '广播电视局', abbr: '广电', head: '局长' },
  { name: '体育局', abbr: '体', head: '局长' },
  { name: '统计局', abbr: '统', head: '局长' },
  { name: '医疗保障局', abbr: '医保', head: '局长' },
  { name: '林业和草原局', abbr: '林草', head: '局长' },
  { name: '乡村振兴局', abbr: '乡村振兴', head: '局长' },
  { name: '地方金融监督管理局', abbr: '金融', head: '局长' },
  { name: '信访局', abbr: '信访', head: '局长' },
  { name: '机关事务管理局', abbr: '机关事务', head: '局长' },
  { name: '能源局', abbr: '能源', head: '局长' },
  { name: '粮食和物资储备局', abbr: '粮', head: '局长' },
  { name: '政务服务监督管理局', abbr: '政务服务', head: '局长' },
  { name: '药品监督管理局', abbr: '药监', head: '局长' },
  { name: '数据局', abbr: '数据', head: '局长' },
];

export const prefectureDepartments: DepartmentTemplate[] = [
  office('人民政府办公室', ['秘书科', '文电科', '政务信息科', '督查室', '总值班室', '综合科']),
  { name: '发展和改革委员会', abbr: '发改', head: '主任' },
  { name: '教育局', abbr: '教', head: '局长' },
  { name: '科学技术局', abbr: '科', head: '局长' },
  { name: '工业和信息化局', abbr: '工信', head: '局长' },
  { name: '民族宗教事务委员会', abbr: '民宗', head: '主任' },
  { name: '公安局', abbr: '公', head: '局长' },
  { name: '民政局', abbr: '民', head: '局长' },
  { name: '司法局', abbr: '司', head: '局长' },
  { name: '财政局', abbr: '财', head: '局长' },
  { name: '人力资源和社会保障局', abbr: '人社', head: '局长' },
  { name: '自然资源局', abbr: '自然资源', head: '局长' },
  { name: '生态环境局', abbr: '生态环境', head: '局长' },
  { name: '住房和城乡建设局', abbr: '建', head: '局长' },
  { name: '交通运输局', abbr: '交', head: '局长' },
  { name: '水利局', abbr: '水', head: '局长' },
  { name: '农业农村局', abbr: '农', head: '局长' },
  { name: '商务局', abbr: '商', head: '局长' },
  { name: '文体旅游广电局', abbr: '文旅', head: '局长' },
  { name: '卫生健康委员会', abbr: '卫健', head: '主任' },
  { name: '退役军人事务局', abbr: '退役军人', head: '局长' },
  { name: '应急管理局', abbr: '应急', head: '局长' },
  { name: '审计局', abbr: '审', head: '局长' },
  { name: '市场监督管理局', abbr: '市监', head: '局长' },
  { name: '统计局', abbr: '统', head: '局长' },
  { name: '医疗保障局', abbr: '医保', head: '局长' },
  { name: '林业和草原局', abbr: '林草', head: '局长' },
  { name: '乡村振兴局', abbr: '乡村振兴', head: '局长' },
  { name: '信访局', abbr: '信访', head: '局长' },
  { name: '政务服务监督管理局', abbr: '政务服务', head: '局长' },
  { name: '国有资产监督管理委员会', abbr: '国资', head: '主任' },
  { name: '机关事务管理局', abbr: '机关事务', head: '局长' },
];

export const countyDepartments: DepartmentTemplate[] = [
  office('人民政府办公室', ['秘书股', '政务信息股', '督查股', '总值班室']),
  { name: '发展和改革局', abbr: '发改', head: '局长' },
  { name: '教育局', abbr: '教', head: '局长' },
  { name: '科学技术和工业信息化局', abbr: '科工', head: '局长' },
  { name: '民族宗教事务局', abbr: '民宗', head: '局长' },
  { name: '公安局', abbr: '公', head: '局长' },
  { name: '民政局', abbr: '民', head: '局长' },
  { name: '司法局', abbr: '司', head: '局长' },
  { name: '财政局', abbr: '财', head: '局长' },
  { name: '人力资源和社会保障局', abbr: '人社', head: '局长' },
  { name: '自然资源局', abbr: '自然资源', head: '局长' },
  { name: '住房和城乡建设局', abbr: '建', head: '局长' },
  { name: '交通运输局', abbr: '交', head: '局长' },
  { name: '水利局', abbr: '水', head: '局长' },
  { name: '农业农村和科技局', abbr: '农', head: '局长' },
  { name: '商务局', abbr: '商', head: '局长' },
  { name: '文体旅游广电局', abbr: '文旅', head: '局长' },
  { name: '卫生健康局', abbr: '卫健', head: '局长' },
  { name: '退役军人事务局', abbr: '退役军人', head: '局长' },
  { name: '应急管理局', abbr: '应急', head: '局长' },
  { name: '审计局', abbr: '审', head: '局长' },
  { name: '市场监督管理局', abbr: '市监', head: '局长' },
  { name: '统计局', abbr: '统', head: '局长' },
  { name: '医疗保障局', abbr: '医保', head: '局长' },
  { name: '林业和草原局', abbr: '林草', head: '局长' },
  { name: '乡村振兴局', abbr: '乡村振兴', head: '局长' },
  { name: '信访局', abbr: '信访', head: '局长' },
  { name: '政务服务监督管理局', abbr: '政务服务', head: '局长' },
];

/** Offices inside a township government (乡镇内设机构). */
export const townshipDepartments: DepartmentTemplate[] = [
  { name: '党政综合办公室', abbr: '办', head: '主任' },
  { name: '社会事务综合服务中心', abbr: '社', head: '主任' },
];
