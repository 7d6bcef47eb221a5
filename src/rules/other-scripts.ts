/**
 * The junk of sites in other scripts (Cyrillic, Arabic, Devanagari, Thai, Chinese, Japanese, Korean), as
 * regex sources each family's rule adds to its own. Their words would add hundreds of characters to the
 * gates' automaton (a column of its table each), so these rules are asked of such lines by their shape
 * instead: a line that opens or ends in one of these scripts (`inOtherScript`). Patterns see the line as
 * rules do, NFKC-normalised: a full-width colon is ":", a circled "ⓒ" is "c".
 */

/** A related article's label, alone or before its headline: "Читайте также: …", "اقرأ أيضا: …", "相关阅读". */
export const RELATED_SCRIPTS = String.raw`(?:читайте (?:также|еще|ещё|по теме)|читать также|смотрите также|также читайте|читайте також|اقرأ (?:أيضا|أيضاً|أيضًا|ايضا|المزيد)|(?:أخبار|مواضيع|مقالات) (?:ذات صلة|متعلقة)|(?:ये|यह|इसे) भी पढ़ें|और पढ़ें|संबंधित (?:खबरें|ख़बरें|लेख)|อ่าน(?:ข่าว)?เพิ่มเติม|(?:อ่าน)?ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|相关(?:阅读|新闻|文章|报道)|相關(?:閱讀|新聞|文章|報導)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|関連(?:記事|ニュース)|あわせて読みたい|관련\s?(?:기사|뉴스)|함께 (?:보면 좋은|읽으면 좋은) 기사)`;

/** An advertisement's marker alone. */
// (Not Arabic's إعلان alone: it is also a declaration.)
export const AD_SCRIPTS = String.raw`(?:реклама|рекламный материал|مساحة إعلانية|विज्ञापन|โฆษณา|广告|廣告|広告|スポンサーリンク|광고)`;

/** The share buttons' label alone. */
// (Not "シェア" or "공유" alone: a market's share, sharing.)
export const SHARE_SCRIPTS = String.raw`(?:поделиться(?: (?:в|с) \S+)?|شارك (?:المقال|الخبر|هذا المقال)|शेयर करें|แชร์(?:บทความนี้|ข่าวนี้)|分享(?:到|至)\s*:?|シェアする|ツイートする|lineで送る|공유하기|링크\s?복사)`;

/** A call to follow the site or join its channel. */
// No comma or dash after the call: "Подписывайтесь на наш канал, — призывал он" is somebody's words.
export const FOLLOW_SCRIPTS = String.raw`(?:(?:подписывайтесь|подпишитесь) на (?:наш|нашу|наши|нас)(?=\s|$)[^,—–]{0,60}|(?:تابعونا|تابعنا) (?:على|عبر|في)(?=\s|$)[^,،—–]{0,60}|اشترك في (?:النشرة|القائمة) البريدية[^,،—–]{0,30}|[^,—–]{0,40}पर हमें फॉलो करें|हमें फॉलो करें|[^,—–]{0,40}(?:चैनल|ग्रुप) से जुड़ें|(?:กด)?ติดตาม(?:เพจ|เรา)[^,—–]{0,40}|(?:扫一扫,?\s*)?关注我们(?:的(?:微信|微博|公众号)[^,，。]{0,20})?|更多精彩内容,?\s*请关注我们的(?:微信|微博)?公众号[^,，。]{0,20})`;

/** Rights reserved, or no reprint without leave. */
const NO_REPRINT = String.raw`(?:все права защищены|جميع الحقوق محفوظة|सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์|未经(?:本网)?授权(?:不得|禁止)转载|無断転載(?:・複製)?を禁じます|무단\s?전재\s?및\s?재배포\s?금지)`;
// The phrase opens the line only before ©, a year or the site's name (not "版权所有者认为…", a sentence); or
// ends it after the site's name, with no sentence's punctuation before it (not a court's sentence).
export const RIGHTS_SCRIPTS = String.raw`(?:(?:版权所有|版權所有|著作権|${NO_REPRINT})\s*[:：]?\s*(?:©|\(c\)|\d{4})[^,，。]{0,80}|${NO_REPRINT}[.。]?|[^,，、。.!?]{0,60}${NO_REPRINT}[.。]?|本文为原创内容,?\s*未经授权禁止转载[.。]?)`;

/** The site's note that a column is the author's view, and its typo-report prompt. */
export const DISCLAIMER_SCRIPTS = String.raw`(?:мнение (?:автора|редакции) (?:может )?не совпада(?:ет|ть) с (?:позицией|мнением) (?:редакции|автора)\.?|الآراء الواردة في هذا المقال تعبر عن (?:رأي )?كاتبها.{0,100}|нашли (?:ошибку|опечатку)\?.{0,60}ctrl\s*\+\s*enter\.?)`;

/** The page's chrome: a most-read widget's heading, load-more and back-to-top buttons. */
// (Not a common word alone: "Наверх!" is someone's cry, "ランキング" a story's heading.)
export const CHROME_SCRIPTS = String.raw`(?:самое (?:читаемое|популярное)|الأكثر (?:قراءة|مشاهدة)|सबसे (?:ज्यादा|ज़्यादा) पढ़ी गई|ข่าวยอดนิยม|热门(?:推荐|新闻|文章)|熱門(?:推薦|新聞)|많이 본 뉴스|(?:点击)?加载更多|返回顶部|トップへ戻る|맨 위로|загрузить (?:ещё|еще)|تحميل المزيد)`;

/** A tag list's label and its tags. */
// A list of short tags, two at least ("Метки: срок действия" alone may be a fact box's line).
// (Not Chinese's enumeration comma: "标签：须注明产地、生产日期和保质期" is a rule's item.)
export const TAGS_SCRIPTS = String.raw`(?:теги|метки|كلمات مفتاحية|الوسوم|टॉपिक्स|टैग|แท็ก|标签|標籤|タグ|태그)\s*:\s*(?:[^,،、.!?。:]{1,20}[,،]\s*){1,15}[^,،、.!?。:]{1,20}`;

/** The home page's name opening a breadcrumb. */
export const CRUMB_SCRIPTS = String.raw`(?:главная|الرئيسية|मुख्य पृष्ठ|होम|หน้าแรก|首页|首頁|ホーム|홈)`;

/** A loading indicator (with its dots, as the other languages' are taken). */
export const LOADING_SCRIPTS = String.raw`(?:загрузка|جاري التحميل|लोड हो रहा है|กำลังโหลด|加载中|載入中|読み込み中|로딩 중)`;

/** Does the line open or end in one of these scripts (a cheap look at two characters)? */
export function inOtherScript(text: string): boolean {
  // Past a bullet, a bracket or a full stop at either edge ("• Реклама.").
  let first = 0;
  while (first < text.length - 1 && first < MAX_EDGE_MARKS && isEdgeMark(text.charCodeAt(first))) first++;
  let last = text.length - 1;
  while (last > first && text.length - 1 - last < MAX_EDGE_MARKS && isEdgeMark(text.charCodeAt(last))) last--;
  return text.length > 0 && (isOtherScript(text.charCodeAt(first)) || isOtherScript(text.charCodeAt(last)));
}

const MAX_EDGE_MARKS = 4;
/** ASCII punctuation and space, a bullet, a middle dot, an ellipsis, a no-break space. */
function isEdgeMark(c: number): boolean {
  return c < 0x30 || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f) || c === 0xa0 || c === 0xb7 || c === 0x2022 || c === 0x2026;
}

function isOtherScript(c: number): boolean {
  return (
    (c >= 0x0400 && c <= 0x04ff) || // Cyrillic
    (c >= 0x0600 && c <= 0x06ff) || // Arabic
    (c >= 0x0900 && c <= 0x097f) || // Devanagari
    (c >= 0x0e00 && c <= 0x0e7f) || // Thai
    (c >= 0x1100 && c <= 0x11ff) || // Hangul jamo
    (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, kana
    (c >= 0x3130 && c <= 0x318f) || // Hangul compatibility jamo
    (c >= 0x4e00 && c <= 0x9fff) || // CJK ideographs
    (c >= 0xac00 && c <= 0xd7af) // Hangul syllables
  );
}
