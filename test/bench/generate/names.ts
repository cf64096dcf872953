// Japanese names for the data set: kanji for display and full-width katakana readings for the
// console's kana prefix search. Family names are drawn with a skew (佐藤 and 鈴木 far more often
// than 松田), as in a real city, so a prefix such as サ matches a large share of a million people.
import type { Random } from './random';

const FAMILY: readonly (readonly [string, string])[] = [
  ['佐藤', 'サトウ'], ['鈴木', 'スズキ'], ['高橋', 'タカハシ'], ['田中', 'タナカ'], ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'], ['山本', 'ヤマモト'], ['中村', 'ナカムラ'], ['小林', 'コバヤシ'], ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'], ['山田', 'ヤマダ'], ['佐々木', 'ササキ'], ['山口', 'ヤマグチ'], ['松本', 'マツモト'],
  ['井上', 'イノウエ'], ['木村', 'キムラ'], ['林', 'ハヤシ'], ['斎藤', 'サイトウ'], ['清水', 'シミズ'],
  ['山崎', 'ヤマザキ'], ['森', 'モリ'], ['池田', 'イケダ'], ['橋本', 'ハシモト'], ['阿部', 'アベ'],
  ['石川', 'イシカワ'], ['山下', 'ヤマシタ'], ['中島', 'ナカジマ'], ['石井', 'イシイ'], ['小川', 'オガワ'],
  ['前田', 'マエダ'], ['岡田', 'オカダ'], ['長谷川', 'ハセガワ'], ['藤田', 'フジタ'], ['後藤', 'ゴトウ'],
  ['近藤', 'コンドウ'], ['村上', 'ムラカミ'], ['遠藤', 'エンドウ'], ['青木', 'アオキ'], ['坂本', 'サカモト'],
  ['福田', 'フクダ'], ['太田', 'オオタ'], ['西村', 'ニシムラ'], ['藤井', 'フジイ'], ['金子', 'カネコ'],
  ['岡本', 'オカモト'], ['藤原', 'フジワラ'], ['中野', 'ナカノ'], ['三浦', 'ミウラ'], ['原田', 'ハラダ'],
  ['松田', 'マツダ'], ['竹内', 'タケウチ'], ['上田', 'ウエダ'], ['荒木', 'アラキ'], ['熊谷', 'クマガイ'],
];

const GIVEN: readonly (readonly [string, string])[] = [
  ['翔太', 'ショウタ'], ['大輔', 'ダイスケ'], ['健太', 'ケンタ'], ['拓也', 'タクヤ'], ['直樹', 'ナオキ'],
  ['和也', 'カズヤ'], ['達也', 'タツヤ'], ['誠', 'マコト'], ['蓮', 'レン'], ['悠真', 'ユウマ'],
  ['陽翔', 'ハルト'], ['湊', 'ミナト'], ['太郎', 'タロウ'], ['一郎', 'イチロウ'], ['浩', 'ヒロシ'],
  ['美咲', 'ミサキ'], ['陽菜', 'ヒナ'], ['結衣', 'ユイ'], ['さくら', 'サクラ'], ['愛', 'アイ'],
  ['花子', 'ハナコ'], ['恵子', 'ケイコ'], ['裕子', 'ユウコ'], ['真由美', 'マユミ'], ['明美', 'アケミ'],
  ['芽依', 'メイ'], ['葵', 'アオイ'], ['凛', 'リン'], ['千尋', 'チヒロ'], ['由美子', 'ユミコ'],
];

export interface PersonName {
  kanji: string;
  kana: string;
}

export function personName(random: Random): PersonName {
  // Squaring the uniform draw skews it towards the head of the list (the common names).
  const family = FAMILY[Math.floor(random.next() ** 2 * FAMILY.length)] as readonly [string, string];
  const given = random.pick(GIVEN);
  return { kanji: `${family[0]} ${given[0]}`, kana: `${family[1]} ${given[1]}` };
}

/** Kana prefixes the console is searched with: common, rare, and a whole family name. */
export const KANA_PREFIXES: readonly string[] = ['サトウ', 'スズキ タ', 'タ', 'ヤマ', 'クマガイ', 'ハセガワ ユ', 'イ', 'ナカムラ ハ'];

const TITLE_WORDS = [
  '図書館', '歴史', '入門', '物語', '科学', '料理', '旅行', '宇宙', '経済', '日本', '世界', '未来',
  'こころ', '季節', '海辺', '山の', '子ども', '数学', '音楽', '美術', '庭づくり', '鉄道', '猫', '星空',
];
const TITLE_SUFFIX = ['', 'のすすめ', 'の時間', '百科', '読本', 'ガイド', 'ノート', '事典', '講座', 'の旅'];

/** A catalogue title such as 「宇宙の時間 世界」 and its author. */
export function catalogueEntry(random: Random, n: number): { title: string; author: string; publisher: string; year: number } {
  const title = `${random.pick(TITLE_WORDS)}${random.pick(TITLE_SUFFIX)} ${random.pick(TITLE_WORDS)}${random.chance(0.3) ? ` 第${1 + random.int(9)}巻` : ''}`;
  const author = personName(random).kanji.replace(' ', '');
  return { title, author, publisher: random.pick(['青空書房', '港出版', '北斗社', '緑陰堂', '市立図書館']), year: 1960 + (n % 65) };
}

/** Catalogue searches of the kiosk: a common word, a rarer pair, an author, a two-character term. */
export const CATALOGUE_QUERIES: readonly string[] = ['宇宙', '図書館の歴史', '料理 入門', '鉄道の旅', '佐藤翔太', '星空ノート', '猫', 'こころ 季節'];
