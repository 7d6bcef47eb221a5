import { caseless } from '../core/fast-regex.js';
import type { Rule } from './types.js';
import { SHARE_SCRIPTS } from './other-scripts.js';

// Share, comment, gift, save and listen buttons flattened into a row of labels.
// An icon's name leaks beside its label: "ShareOutline Share", "BookmarkIcon Save".
const ICON = String.raw`(?:gift|share|bookmark|comment|save|print|email|link)(?:outline|filled|icon)`;
// The share button in other languages (Spanish, Portuguese, French, German, Italian, Dutch, Tagalog, Malay,
// Swahili, Turkish, Polish, Vietnamese).
const SHARE_ABROAD = String.raw`compartir|compartilhar|compartilhe|partager|partagez|teilen|condividi|delen|deel|ibahagi|kongsi|shiriki|paylaş|udostępnij|chia sẻ`;
const BUTTON = String.raw`(?:listen(?: \d+ min)?|\d+ min(?:ute)? (?:read|listen)|comment(?:s)?(?: on this (?:story|article))?|\d+ comments?|gift(?: this)? article|${ICON}|gift|share(?: this)?(?: article| story| (?:on|ke|to|via) \w+)?|save(?: article)?|print|email|e-mail|copy link|link copied|facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|bagikan|komentar|salin tautan|simpan|cetak|kirim|${SHARE_ABROAD})`;
// Network names alone ("WhatsApp, Telegram") can be prose; a row also has a button verb.
// A label may end in a colon: "Share this article: Facebook WhatsApp", "Paylaş: Facebook X".
// Not one word said again ("Teilen, teilen, teilen": a headline).
const ROW = caseless(String.raw`^(?=.{0,300}$)(?!(\S+)(?:[\s|·•,/:]+\1)+[\s|·•,/:]*$)(?=.*(?:\b(?:share|bagikan|comments?|komentar|gift|listen|salin|copy|save|simpan|print|cetak|${ICON})\b|(?<![a-z])(?:${SHARE_ABROAD})(?![a-z])))(?:${BUTTON}[\s|·•,/:]*){2,12}$`);
// One button is prose-like ("Share", "Print"), so a lone label counts only in the longer forms.
const SINGLE = /^(?:(?:kindly |please )?share this(?: (?:article|story|post))?(?: via)?:?|share or comment on this (?:article|story)\s*:?|comparte (?:esta|la) (?:noticia|nota|historia)|compartilhe (?:esta|a) (?:notícia|matéria|reportagem)|copy link to (?:this )?(?:article|story)|tweet this(?: (?:article|story))?|pin it|copy (?:the )?(?:url|article link|page link)|share this (?:article|story|page) (?:in|on|with|via) (?:your |a )?(?:social )?(?:networks?|friends|media)|e-?mail this (?:article|story|page)|save to (?:my )?(?:list|reading list|favou?rites)|follow this (?:author|writer|reporter|columnist|topic)|follow (?:the )?topics in this (?:article|story)|share (?:on|via|to|with|ke|lewat) (?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|email|e-mail|messenger)|bagikan (?:ke|via|lewat) (?:facebook|twitter|x|whatsapp|linkedin|telegram|line)|(?:compartir|compartilhar|compartilhe|partager|partagez|teilen|condividi|condividere|delen|deel) (?:en|no|na|sur|su|via|auf|op|per) (?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|e-?mail|messenger)|(?:auf|per|via) (?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|e-?mail) teilen|listen to this (?:article|story)|listen\s*[·•|-]?\s*\d{1,2}:\d{2}(?: min)?|share (?:the )?full (?:article|story)|like this:|gift (?:this )?article|comment on this story|bagikan (?:artikel|berita) ini|bagikan:|deel (?:dit|het) (?:artikel|bericht)|shiriki (?:habari|makala) hii|i-?share (?:ang|mo ang) (?:balitang|artikulong) (?:ito|iyan)|partage[rz] (?:cet|l')\s?article|(?:diesen |den )?artikel teilen|condividi (?:questo|l')\s?articolo|udostępnij (?:ten )?artykuł|(?:bu )?haberi paylaş|chia sẻ bài (?:viết|báo)|compartir (?:esta|la) (?:noticia|nota)|compartilh(?:ar|e) (?:esta|a) (?:notícia|matéria)|salin (?:tautan|link|pautan)|pautan (?:telah )?disalin!?|kongsi (?:di|ke) (?:facebook|twitter|x|whatsapp|telegram|linkedin)|kongsi(?: (?:artikel|berita) ini)?:|kongsi (?:artikel|berita) ini|copy link|link copied(?: to (?:the |your )?clipboard)?[.!]?|(?:enjoyed|liked|like|love|loved) (?:this|the|our) (?:article|story|post|piece|newsletter)\?\s*(?:share (?:it|this)|subscribe|sign up|follow us|support us|give (?:it|us)|tell (?:a friend|your friends))\b.{0,80}|(?:suka|menyukai) (?:dengan )?(?:artikel|berita|tulisan|konten) ini\?\s*(?:bagikan|share|ikuti|follow|dukung|berlangganan)\b.{0,80}|(?:tautan|url|link) (?:telah |sudah )?(?:berhasil )?disalin!?|click to (?:share on|email|print)\b.{0,40}\(opens in new window\)|like loading(?:\.{3}|…)?|print (?:this )?(?:page|article|story)|send (?:this )?(?:article |story )?to a friend|e-?mail (?:this )?(?:article |story )?to a friend|save (?:this )?(?:article|story)|save for later|bookmark(?: this (?:article|story))?|add to (?:favou?rites|bookmarks|reading list))$/iu;

// The share button's label alone (or the tweet button's), capitalised as a button shows it ("Share", "BAGIKAN"); in lower case it
// may be a sentence's fragment split at a link.
const LONE_BUTTON = /^(?:Share|SHARE|Bagikan|BAGIKAN|Kongsi|KONGSI|Tweet|TWEET|Ibahagi|IBAHAGI|Paylaş|PAYLAŞ|Udostępnij|UDOSTĘPNIJ|Chia sẻ|CHIA SẺ|Partager|PARTAGER|Compartir|COMPARTIR|Compartilhar|COMPARTILHAR|Condividi|CONDIVIDI|Teilen|TEILEN)\s*:?$/u;

export const shareRow: Rule = {
  id: 'share-row',
  description: 'Share, comment, gift and listen buttons left as text: "Listen 4 min Share Print", "Bagikan Facebook WhatsApp", "Gift Article", "Share on Facebook", "Copy link", "Salin Link", "Print this page", "Bookmark", icon names beside their labels ("ShareOutline Share").',
  languages: ['en', 'id', 'ms', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'tl', 'sw', 'tr', 'pl', 'vi'],
  category: 'boilerplate',
  line: caseless(`${ROW.source}|${SINGLE.source}|^${SHARE_SCRIPTS}$`),
  test: ({ text }) => LONE_BUTTON.test(text),
  // ROW needs one of its button verbs or an icon name as a whole word; each SINGLE form holds one of
  // share, like this:, gift, comment, bagikan, salin, link copied, opens in new window or like loading.
  gate: {
    words: ['comparte esta', 'comparte la', 'pautan', 'to a friend', 'this article?', 'this story?', 'this post?', 'this piece?', 'this newsletter?', 'the article?', 'the story?', 'the post?', 'the piece?', 'the newsletter?', 'our article?', 'our story?', 'our post?', 'our piece?', 'our newsletter?', 'artikel ini?', 'berita ini?', 'tulisan ini?', 'konten ini?',
      'share', 'bagikan', 'comment', 'comments', 'komentar', 'gift', 'listen', 'salin', 'copy', 'save', 'simpan', 'print', 'cetak',
      'giftoutline', 'giftfilled', 'gifticon', 'shareoutline', 'sharefilled', 'shareicon', 'bookmarkoutline', 'bookmarkfilled', 'bookmarkicon', 'commentoutline', 'commentfilled', 'commenticon', 'saveoutline', 'savefilled', 'saveicon', 'printoutline', 'printfilled', 'printicon', 'emailoutline', 'emailfilled', 'emailicon', 'linkoutline', 'linkfilled', 'linkicon',
      'kongsi', 'bookmark', 'favourites', 'favorites', 'bookmarks', 'reading list',
      'like this:', 'link copied', 'tweet', 'pin it', 'email this', 'e-mail this', 'follow this', 'topics in this', 'opens in new window', 'like loading', 'disalin',
      // The share button in Spanish, Portuguese, French, German, Italian, Dutch, Tagalog, Turkish, Polish and Vietnamese.
      'compartir', 'compartilhar', 'compartilhe', 'partager', 'partagez', 'teilen', 'condividi', 'condividere', 'delen', 'deel', 'ibahagi', 'paylaş', 'udostępnij', 'chia sẻ',
      'shiriki',
    ],
    // The label in other scripts ("Поделиться", "分享到："): src/rules/other-scripts.ts.
    otherScripts: true,
  },
  examples: {
    junk: [
      'Comparte esta noticia', 'Compartilhe esta notícia', 'Paylaş', 'UDOSTĘPNIJ', 'Chia sẻ:', 'Teilen', 'Please share this story:', 'Share or comment on this story:', 'Salin pautan', 'Pautan disalin', 'Compartir en WhatsApp', 'Partager sur Facebook', 'Auf X teilen', 'Condividi su Telegram', 'Kongsi di Facebook', 'Enjoyed this article? Subscribe for more.', 'Liked this story? Tell your friends about it.', 'Suka dengan artikel ini? Bagikan ke teman-temanmu!',
      'Send to a friend', 'Поделиться', 'شارك المقال', 'शेयर करें', '分享到：', 'シェアする', '공유하기', 'แชร์บทความนี้', 'Share this article: Facebook X WhatsApp', 'Bagikan: Facebook Telegram', 'Paylaş: Facebook WhatsApp', 'Deel dit artikel', 'Shiriki habari hii', 'I-share ang balitang ito', 'Partager cet article', 'Diesen Artikel teilen', 'Bu haberi paylaş', 'Chia sẻ bài viết',
      'Print page',
      'Tweet this',
      'Pin it',
      'Copy URL','Listen 4 min Save Print Share', 'Comments Share', 'ShareOutline Share BookmarkOutline Save', 'Share Facebook Twitter Email', 'Bagikan Facebook WhatsApp Salin tautan', 'Share this article', 'Share this article in your social network', 'Email this article', 'Save to my list', 'Follow this author', 'Follow the topics in this article', 'Click to share on Facebook (Opens in new window)', 'Like this:', 'Share on Facebook', 'Share via Email', 'Copy link', 'Link copied!', 'Bagikan ke WhatsApp', 'Tautan berhasil disalin', 'URL telah disalin', 'BAGIKAN', 'Share', 'Tweet', 'Link copied to clipboard', 'Enjoyed this article? Share it with a friend.', 'Kongsi berita ini', 'Share ke Facebook', 'Listen to this article', 'Listen · 5:32 min', 'Share full article', 'Salin Link', 'Kongsi artikel ini', 'Kongsi:', 'Print this page', 'Save article', 'Bookmark', 'Add to favourites'],
    content: [
      'Muchos lectores prefieren compartir en WhatsApp las noticias del día.', 'Die Nutzer wollten die Bilder auf Facebook teilen, doch die Seite war gesperrt.',
      'Teilen, teilen, teilen', 'シェア', '공유', 'Enjoyed the story? Most readers did, the survey found.', 'Deel dit artikel met je buren, zei de burgemeester.', 'Teilen: Die Regierung will den Haushalt kürzen.', 'Shiriki habari hii na jirani yako, alisema mwalimu.', 'Tell us what you think in the comments, the editor wrote in 1998, and thousands did.',
      'Print page after page, the machine never stopped.',
      'Pin it on the board, the teacher said.','Share prices fell sharply on Monday.', 'Email', 'Listen', 'Comment', 'Facebook and Twitter both declined to comment.', 'WhatsApp, Telegram', 'share', 'Share on Facebook fell 3 percent.', 'Copy link and paste it into the form, the guide says.', 'Listen to this story from a survivor.', 'Save this article for the exam, the teacher said.', 'Bookmarks of the old library were sold at auction.', 'tweet', 'Tweet this, the senator told aides, and then deleted it.'],
  },
};
