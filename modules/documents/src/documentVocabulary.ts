/**
 * The vocabulary of official documents (《党政机关公文处理工作条例》2012): the 15 document types,
 * urgency, direction and archive retention. Data only.
 */
export const DOCUMENT_TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** How a type is written where the regulations name it (命令 is listed as 命令（令）). */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  决议: '决议',
  决定: '决定',
  命令: '命令（令）',
  公报: '公报',
  公告: '公告',
  通告: '通告',
  意见: '意见',
  通知: '通知',
  通报: '通报',
  报告: '报告',
  请示: '请示',
  批复: '批复',
  议案: '议案',
  函: '函',
  纪要: '纪要',
};

/** 紧急程度: 平件 (none), 加急, 特急 — stored as the engine's urgency values. */
export const URGENCIES = ['normal', 'urgent', 'very_urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_MARKS: Readonly<Record<Urgency, '加急' | '特急' | null>> = { normal: null, urgent: '加急', very_urgent: '特急' };

/** 下行文, 上行文, 平行文: from the issuing body's place relative to its main recipients. */
export const DIRECTIONS = ['down', 'up', 'parallel'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** 保管期限 of the archive (《机关文件材料归档范围和文书档案保管期限规定》). */
export const RETENTIONS = ['永久', '定期30年', '定期10年'] as const;
export type Retention = (typeof RETENTIONS)[number];

/** 密级: the marks this system must refuse (it carries non-classified documents only). */
export const SECRECY_LEVELS = ['绝密', '机密', '秘密'] as const;
