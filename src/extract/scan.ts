// Shared scanning helpers: where a name's left edge is, and a mask of the
// characters already claimed by an opaque span (a document title, a byline).
import { CITIES, PROVINCES } from "./lexicon/places";
import { LEFT_BOUNDARY_CHARS, LEFT_BOUNDARY_WORDS, NAME_INTERNAL_PHRASES } from "./lexicon/words";

export const isHan = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
};

const boundaryChars = new Set(LEFT_BOUNDARY_CHARS);
/** Boundary words by their last character, longest first. */
const boundaryByLast = new Map<string, string[]>();
for (const w of new Set(LEFT_BOUNDARY_WORDS)) {
  const list = boundaryByLast.get(w[w.length - 1]) ?? [];
  list.push(w);
  boundaryByLast.set(w[w.length - 1], list);
}
for (const list of boundaryByLast.values()) list.sort((a, b) => b.length - a.length);
let boundaryWordIndexCache: WordIndex | undefined;
const boundaryWordIndex = {
  at: (view: string, i: number, limit: number) => (boundaryWordIndexCache ??= new WordIndex(LEFT_BOUNDARY_WORDS)).at(view, i, limit),
};
// Place names are never cut in two (随州, 成都, 本溪 start with a boundary character).
const internalPhrases = [...NAME_INTERNAL_PHRASES, ...PROVINCES, ...CITIES];
const longestInternal = Math.max(...internalPhrases.map((p) => p.length));
let internalIndex: WordIndex | undefined;

/** Where internal phrases lie in the view last scanned: the phrase covering each position. */
let coveredView: string | undefined;
let coverStart = new Int32Array(0);
let coverEnd = new Int32Array(0);

function coverage(view: string) {
  if (coveredView === view) return;
  internalIndex ??= new WordIndex(internalPhrases);
  coveredView = view;
  coverStart = new Int32Array(view.length).fill(-1);
  coverEnd = new Int32Array(view.length);
  for (let start = 0; start < view.length; start++) {
    const phrase = internalIndex.at(view, start);
    if (!phrase) continue;
    // The longest phrase starting here; a longer one started earlier keeps its hold.
    for (let k = start; k < start + phrase.length; k++) {
      if (coverStart[k] < 0 || coverEnd[k] < start + phrase.length) {
        coverStart[k] = start;
        coverEnd[k] = start + phrase.length;
      }
    }
  }
}

/** The internal phrase covering position `i` and starting at `floor` or later, if any: [start, end). */
function internalPhraseAt(view: string, i: number, floor: number): [number, number] | null {
  coverage(view);
  const start = coverStart[i];
  return start >= floor ? [start, coverEnd[i]] : null;
}

/** Boundary words that may also sit inside a name (省委组织部, 教育科学研究院). */
const NAME_INTERNAL_BOUNDARIES = new Set([
  "组织", "研究", "指导", "检查", "督导", "调研", "督查", "宣传", "发布", "应急", "联合", "协调", "管理", "开展",
  "服务", "监督", "执行", "实施", "推动", "学习", "援助", "支援", "救援", "协助", "动员", "联系", "工作", "启动",
  "建设", "改造", "考察", "视察", "巡查", "防控", "管控", "保障", "发展", "改革", "审核", "评估", "监测", "联合", "紧急",
]);

/** Words of scope a meeting's name may start with (全省安全生产电视电话会议). */
const MEETING_SCOPE_WORDS = new Set(["全省", "全市", "全县", "全区", "全国", "全体", "全院", "全校", "全厅", "全局", "全系统"]);

/**
 * Where a name whose head (suffix) starts at `headStart` starts: leftwards
 * over Han characters up to the first boundary word or character. A boundary
 * right before a head that needs more (`minCore` characters) is taken into
 * the name only if it is a word that names can hold (组织部); otherwise there
 * is no name here and the answer is -1.
 */
export function leftEdge(
  view: string,
  headStart: number,
  options: { minCore?: number; maxLength?: number; floor?: number; blocked?: (i: number) => boolean; soft?: boolean; keepInternalAtHead?: boolean } = {},
): number {
  const minCore = options.minCore ?? 1;
  const floor = options.floor ?? 0;
  const limit = Math.max(floor, headStart - (options.maxLength ?? 24));
  let i = headStart;
  const digit = (k: number) => /[0-9〇零一二三四五六七八九十]/.test(view[k] ?? "");
  while (i > limit && isHan(view[i - 1]) && !options.blocked?.(i - 1)) {
    const core = headStart - i;
    // 2月15日河南省教育厅: a date's 日 is no part of the name; 2023年…会议 may keep its year.
    if (/[日号月]/.test(view[i - 1]) && digit(i - 2)) return core >= minCore ? i : -1;
    if (view[i - 1] === "年" && /[0-9〇零一二三四五六七八九]/.test(view[i - 2] ?? "")) {
      if (!options.soft) return core >= minCore ? i : -1;
      let k = i - 1;
      while (k > limit && /[0-9〇零一二三四五六七八九]/.test(view[k - 1])) k--;
      i = k;
      continue;
    }
    const phrase = internalPhraseAt(view, i - 1, limit);
    if (phrase && phrase[1] <= headStart) {
      i = phrase[0];
      continue;
    }
    let word = "";
    for (const w of boundaryByLast.get(view[i - 1]) ?? []) {
      if (i - w.length >= limit && view.startsWith(w, i - w.length)) {
        word = w;
        break;
      }
    }
    if (!word && boundaryChars.has(view[i - 1])) word = view[i - 1];
    if (word && options.soft && (NAME_INTERNAL_BOUNDARIES.has(word) || MEETING_SCOPE_WORDS.has(word))) word = "";
    if (word) {
      // 联合工作组: a word names can hold, right before the head, belongs to the name.
      if (core >= minCore && !(options.keepInternalAtHead && core === 0 && NAME_INTERNAL_BOUNDARIES.has(word))) return i;
      if (!NAME_INTERNAL_BOUNDARIES.has(word)) return -1;
    }
    i -= word ? word.length : 1;
  }
  return headStart - i >= minCore ? i : -1;
}

/** Whether a boundary word or character starts at `i` (and ends by `limit`). */
export function startsBoundary(view: string, i: number, limit: number): boolean {
  if (boundaryChars.has(view[i])) return true;
  return boundaryWordIndex.at(view, i, limit) !== undefined;
}

export class Claims {
  private readonly owner: Int32Array;
  constructor(length: number) {
    this.owner = new Int32Array(length).fill(-1);
  }
  claim(start: number, end: number, id: number) {
    this.owner.fill(id, start, end);
  }
  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.owner[i] >= 0) return false;
    return true;
  }
  at(i: number): number {
    return this.owner[i];
  }
}

/** Words indexed by their first character, longest first: the longest word starting at a position. */
/** A set of UTF-16 code units, tested without allocating. */
export class CharSet {
  readonly bits = new Uint8Array(65536);
  constructor(chars: Iterable<string> = []) {
    for (const ch of chars) this.add(ch);
  }
  add(ch: string) {
    this.bits[ch.charCodeAt(0)] = 1;
  }
  has(view: string, i: number): boolean {
    return this.bits[view.charCodeAt(i)] === 1;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  word?: string;
}

/** Words in a character trie: the longest word starting at a position, in one walk. */
export class WordIndex {
  private readonly root: TrieNode = { next: new Map() };
  /** A bitmap of first characters, for the big lexicons only (64 KB each). */
  private readonly firsts: CharSet | undefined;
  constructor(words: Iterable<string>) {
    const unique = new Set(words);
    this.firsts = unique.size > 32 ? new CharSet() : undefined;
    for (const w of unique) {
      if (!w) continue;
      this.firsts?.add(w);
      let node = this.root;
      for (let k = 0; k < w.length; k++) {
        const code = w.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      node.word = w;
    }
  }
  /** The longest word starting at `i` (and ending by `limit`), if any. */
  at(view: string, i: number, limit = view.length): string | undefined {
    if (this.firsts && this.firsts.bits[view.charCodeAt(i)] !== 1) return undefined;
    let node: TrieNode | undefined = this.root;
    let found: string | undefined;
    for (let k = i; k < limit; k++) {
      node = node.next.get(view.charCodeAt(k));
      if (!node) break;
      if (node.word) found = node.word;
    }
    return found;
  }
  /** Every word starting at `i`, shortest first. */
  allAt(view: string, i: number, limit = view.length): string[] {
    const found: string[] = [];
    let node: TrieNode | undefined = this.root;
    for (let k = i; k < limit; k++) {
      node = node.next.get(view.charCodeAt(k));
      if (!node) break;
      if (node.word) found.push(node.word);
    }
    return found;
  }
}
