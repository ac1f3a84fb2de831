/**
 * Deterministic personal names for demo people, in the mix of a Qinghai government office:
 * Han and Hui names (surname + given name) and Tibetan names (two two-syllable parts).
 * The same seed always gives the same name, so reloading the demo changes nothing.
 */
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万严武祁鲁李马韩冶喇';
const GIVEN_ONE = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲斌兰辉鹏宁海峰燕红梅琳晨瑞雪婷凯欣蕾颖薇雯倩浩宇轩睿博昊晗';
const GIVEN_TWO = [
  '建国',
  '建华',
  '志强',
  '志刚',
  '国庆',
  '海燕',
  '红梅',
  '晓东',
  '晓燕',
  '丽华',
  '文静',
  '文杰',
  '俊杰',
  '永红',
  '永平',
  '玉兰',
  '玉梅',
  '春生',
  '春梅',
  '秀英',
  '秀兰',
  '德明',
  '德胜',
  '宏伟',
  '宏亮',
  '明辉',
  '卫东',
  '卫国',
  '振华',
  '兴华',
  '立新',
  '学军',
  '学文',
  '小平',
  '海青',
  '青山',
  '雪莲',
  '晓红',
  '佳慧',
  '思远',
  '子涵',
  '雨萱',
  '梓轩',
  '浩然',
  '欣怡',
  '嘉怡',
  '宇航',
  '天佑',
  '承志',
  '守仁',
];
const TIBETAN = [
  '才让',
  '多杰',
  '扎西',
  '卓玛',
  '索南',
  '拉毛',
  '尼玛',
  '更登',
  '旦正',
  '公保',
  '达哇',
  '吉毛',
  '仁青',
  '久美',
  '桑杰',
  '东珠',
  '央金',
  '完玛',
  '加措',
  '卓嘎',
  '切吉',
  '昂秀',
  '措毛',
  '才旦',
  '却旦',
  '周措',
  '更藏',
  '华旦',
  '贡保',
  '南加',
  '当周',
  '项毛',
  '德吉',
  '旦增',
];
const TIBETAN_FEMALE = new Set(['卓玛', '拉毛', '吉毛', '央金', '卓嘎', '切吉', '措毛', '周措', '项毛', '德吉']);

/** mulberry32: a small, well-distributed PRNG from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const pick = <T>(rand: () => number, list: readonly T[] | string): T => list[Math.floor(rand() * list.length)] as T;

export function personName(seed: string): { name: string; gender: 'male' | 'female' } {
  const rand = seededRandom(seedOf(seed));
  if (rand() < 0.22) {
    const first = pick(rand, TIBETAN);
    let second = pick(rand, TIBETAN);
    if (second === first) second = pick(rand, TIBETAN);
    return { name: first + second, gender: TIBETAN_FEMALE.has(second) ? 'female' : 'male' };
  }
  const surname = pick<string>(rand, SURNAMES);
  const given = rand() < 0.35 ? pick<string>(rand, GIVEN_ONE) : pick(rand, GIVEN_TWO);
  const female = /[芳娜敏静丽艳娟秀霞桂英玲兰燕红梅琳雪婷蕾颖薇雯倩欣萱怡莲慧]/.test(given);
  return { name: surname + given, gender: female ? 'female' : 'male' };
}
