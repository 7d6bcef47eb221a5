import { caseless } from '../core/fast-regex.js';
import { NOT_REPORTED_SPEECH } from './speech.js';
import type { Rule } from './types.js';
import { DISCLAIMER_SCRIPTS, RIGHTS_SCRIPTS } from './other-scripts.js';

// Copyright, legal, cookie and disclaimer lines that every page of a site carries.
const COPYRIGHT = String.raw`(?:©|(?:copyright|hak cipta)\s*©?\s*\d{4}|(?:copyright|hak cipta)\s*(?:©|\(c\))|\(c\)\s*\d{4}).{0,120}`;
// The phrase opens the footer or ends it or a sentence of it (maybe before its links after a bar): in
// the middle of a sentence it is the article's ("all rights reserved by the author revert to her estate").
const RIGHTS_PHRASE = String.raw`(?:all rights reserved|hak cipta dilindungi(?: undang-undang)?|hak cipta terpelihara|dilarang mengutip)`;
const RIGHTS = String.raw`.{0,120}\b${RIGHTS_PHRASE}\b(?:\s*[.!]?|\s*[.!]\s.{0,200}|\s*[|·•–—]\s*.{0,120}|\s+-\s+.{0,120})|${RIGHTS_PHRASE}\b.{0,120}|dilarang (?:keras )?(?:mengambil|menyalin|menayangkan ulang|memuat ulang)\b.{0,120}\b(?:artikel|konten|berita|tulisan)\b.{0,160}\btanpa (?:seizin|izin)\b.{0,60}`;
// The same in Spanish, French, German, Italian, Portuguese and Dutch, held to a footer's shape: the
// phrase ends the line or opens it ("Alle Rechte vorbehalten." / "© 2025 … Tous droits réservés."); met
// inside a sentence, it is the sentence's ("… todos los derechos reservados a los trabajadores …").
const FOREIGN_RIGHTS_PHRASE = String.raw`(?:todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|t[üÜ]m haklar[ıI] sakl[ıI]d[ıI]r|haki zote zimehifadhiwa|bảo lưu mọi quyền)`;
const FOREIGN_RIGHTS = String.raw`.{0,120}\b${FOREIGN_RIGHTS_PHRASE}\.?|${FOREIGN_RIGHTS_PHRASE}\.\s.{0,120}`;
// The cookie notice in those languages: it opens the line and says what the cookies are for ("Wir
// verwenden Cookies, um …", "Utilizamos cookies propias y de terceros para …"); "Wir verwenden Cookies
// nicht mehr, sagte …" is somebody's words. The site saying it uses them needs no more ("Deze website maakt
// gebruik van cookies."), as in English.
const SITE_USES_COOKIES = String.raw`(?:este sitio(?: web)?|ce site|diese (?:website|webseite|seite)|questo sito|este site|deze (?:website|site)) (?:utiliza|utilizza|usa|utilise|verwendet|nutzt|gebruikt|maakt gebruik van) (?:des |os |i )?cookies?`;
const FOREIGN_COOKIES = String.raw`(?:(?:wir verwenden|wir nutzen|nous utilisons des|utilizamos|usamos|utilizziamo|usiamo|wij gebruiken|we gebruiken|wij maken gebruik van|we maken gebruik van) (?:i |os )?cookies?|${SITE_USES_COOKIES})(?: [\w-]+){0,5}?,? (?:um|pour|afin de|para|per|om|to)\b.{0,300}|${SITE_USES_COOKIES}\b[.!]?(?:\s.{0,300})?`;
const COOKIES = String.raw`.{0,200}\b(?:we use cookies|we and our (?:\d+ )?(?:partners|vendors) (?:use|store|access)|we value your privacy|this (?:site|website) uses cookies|by (?:continuing to use|using) this (?:site|website)|kami menggunakan cookie|situs ini menggunakan cookie)\b.{0,300}`;
// A cookie banner's buttons and links, each a line of its own.
const COOKIE_BUTTON = String.raw`(?:(?:accept|reject|decline|allow|refuse) all|accept and (?:continue|close)|manage (?:cookie )?(?:preferences|settings|consent)|cookies on [\w.-]+(?: [\w.-]+){0,3}|(?:accept|allow|reject|decline|refuse|manage|customi[sz]e|terima|tolak|kelola)(?: (?:all|semua))? cookies?(?: (?:settings|preferences))?|cookies? (?:settings|preferences|consent)|(?:pengaturan|preferensi) cookie)[.!]?`;
// A syndication note: the story came from a wire feed unedited ("… is auto-generated from a syndicated feed").
const SYNDICATED = String.raw`\(?(?:only the headline|this (?:story|article|report|copy)|the (?:story|article|report|rest))\b.{0,200}\bauto-?generated from an? syndicated (?:news )?feed\.?\)?`;
// A sign-up form's consent line, and the reCAPTCHA notice under it.
const CONSENT = String.raw`.{0,80}\b(?:we use your sign-?up to provide content\b|this (?:site|page|form) is protected by recaptcha|by (?:signing up|subscribing|registering|creating an account|clicking (?:"|“)?(?:sign up|subscribe|register|submit|continue)(?:"|”)?),? (?:you|i) (?:agree|consent|acknowledge|accept)|dengan (?:mendaftar|berlangganan|mengeklik|mengklik \S+),? (?:anda|kamu) (?:menyetujui|setuju))\b.{0,300}`;
// The note under a list of outside links ("The BBC is not responsible for the content of external sites.").
const EXTERNAL = String.raw`.{0,60}\bis not responsible for the content of (?:external|other|third[- ]party) (?:internet )?(?:sites|websites|links|pages)\b.{0,120}`;
// The publisher distancing itself: an opinion piece's note, an affiliate-link note, a third party's widget.
const NOT_OURS = String.raw`(?:isi )?(?:tulisan|artikel|konten|opini)(?: ini)?(?: (?:dari|oleh) [^.!?]{1,60})? tidak mewakili (?:pandangan|sikap|pendapat)(?: dari)? redaksi\b.{0,80}|(?:(?:editor'?s'?|editorial) note\s*[:\-–—]\s*)?(?:the )?(?:views|opinions) expressed (?:in this (?:article|column|piece|commentary) )?(?:are (?:those of the (?:authors?|writers?|contributors?)|(?:the author'?s?|the writer'?s?|their) own)|by (?:the )?(?:authors?|contributors?|writers?) are (?:their|his|her) own)\b.{0,200}|.{0,80}\b(?:we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation|share of (?:sales|revenue))|as an amazon associate,? (?:we|i) earn)\b.{0,200}|this content is (?:created and maintained|imported|provided) by (?:a )?third[- ]party\b.{0,200}`;
// The notes a site puts under every article of a kind: an affiliate-link note, a money page's "not advice",
// a health story's help line ("If you or someone you know is struggling, call or text …"), the AI note.
const AFFILIATE = String.raw`(?:this|the) (?:post|article|story|page|piece|review|guide) (?:may )?contains? affiliate links?\b.{0,200}|(?:artikel|tulisan|konten) ini (?:mungkin )?(?:mengandung|berisi|memuat) (?:tautan|link) afiliasi\b.{0,200}`;
const NOT_ADVICE = String.raw`(?:this|the) (?:article|content|information|story|post|material)(?: (?:above|on this (?:site|website|page)))? (?:is|are) (?:provided )?(?:(?:solely |only )?for (?:general )?(?:informational|information|educational) purposes(?: only)?|not (?:intended (?:as|to be) )?(?:financial|investment|legal|medical|tax) advice)\b.{0,200}|(?:informasi|artikel|tulisan|konten|berita|ulasan|analisis) (?:ini|tersebut)\b.{0,80}\bbukan (?:merupakan )?(?:saran|rekomendasi|ajakan)(?: untuk)? (?:investasi|berinvestasi|keuangan|membeli|menjual)\b.{0,200}`;
// Words only a help line for mental health has ("call a helpline" alone may be a police appeal: content).
const HELP_WORD = String.raw`(?:suicid\w*|crisis (?:line|lifeline|text line|centre|center|helpline|hotline)|samaritans|mental health|emotional support|self-harm|988|bunuh diri|depresi|kesehatan (?:mental|jiwa))`;
const HELPLINE = String.raw`(?=.{0,400}\b${HELP_WORD}\b)(?:if you(?: or (?:someone|anyone|somebody) you know| or a loved one)?\b.{0,200}\b(?:call|text|contact|reach|visit|dial|ring|chat with|talk to)\b.{0,250}|(?:jika|bila|apabila) (?:anda|kamu)\b.{0,200}\b(?:hubungi|menghubungi|kontak|telepon|layanan|hotline)\b.{0,250})`;
// "This audio is auto-generated …", "This summary was generated by AI …"; alone, the label ("AI-generated summary").
const AI_NOTE = String.raw`this (?:audio|summary|narration|voice-?over|article'?s? (?:audio|summary))(?: (?:is|was|has been))? (?:auto-?generated|(?:generated|created|produced|read|narrated|voiced) (?:by|using|with)(?: the help of)? (?:ai|artificial intelligence|an ai (?:tool|model|voice)|a (?:computer-generated|synthetic) voice|text-to-speech))\b.{0,200}|ai-generated (?:summary|audio|narration)[.:]?|(?:audio|summary|narration) (?:auto-?generated|generated by (?:ai|artificial intelligence))[.:]?|voiced by (?:amazon polly|ai|artificial intelligence)|(?:ringkasan|rangkuman|suara|audio)(?: (?:berita|artikel))? ini (?:dibuat|dihasilkan|dibacakan) (?:oleh|dengan(?: bantuan)?|menggunakan) (?:ai|kecerdasan buatan)\b.{0,200}`;
// A wire's reuse note, and a contributors' platform's note that its writers answer for what they post.
// The Vietnamese sites' footer: "name the source when republishing" ("Ghi rõ nguồn … khi phát hành lại …").
const CITE_WHEN_REUSED = String.raw`(?:vui lòng )?ghi rõ nguồn\b.{0,80}\b(?:khi|nếu) (?:phát hành lại|sử dụng lại|đăng lại|trích dẫn|sao chép)\b.{0,80}`;
const NO_REUSE = String.raw`this (?:material|article|story|content) may not be (?:published|reproduced|copied|republished)(?:,? (?:(?:or|and) )?(?:broadcast|rewritten|redistributed|distributed|reproduced|republished|copied))*(?: in (?:whole|any form)(?: or in part)?)?(?: without (?:the )?(?:prior )?(?:written )?permission\b.{0,80})?\.?`;
const WRITERS_OWN = String.raw`(?:.{0,200}[.!?]\s+)?(?:semua|seluruh) (?:artikel|tulisan|konten)\b.{0,100}\b(?:merupakan |menjadi |adalah )?(?:sepenuhnya )?tanggung ?jawab (?:penulis|pengirim|kontributor)(?:nya)?\b.{0,120}|(?:.{0,200}[.!?]\s+)?all (?:articles|content|posts|stories)\b.{0,100}\bare the (?:sole )?responsibility of (?:the|their) (?:authors?|writers?|contributors?)\b.{0,120}`;
// The blog engine's credit in the footer ("Proudly powered by WordPress").
const POWERED_BY = String.raw`(?:proudly )?powered by (?:wordpress|blogger|ghost|drupal|joomla|wix|squarespace)(?:\.com)?(?:\s*[|·•-]\s*theme\s*:?[^.!?]{1,60})?\.?`;
const DISCLAIMER = String.raw`\*?\s*(?:important notice|disclaimer|penafian)\s*:.{1,600}|${SYNDICATED}`;
// A footer's links joined by bars or dots, one of them a legal page's: its other links may be any of the
// site's pages ("About | Contact | Privacy Policy").
const FOOTER_LINK = String.raw`(?:privacy(?: policy| notice)?|terms(?: of (?:use|service)| (?:&|and) conditions)?|cookies?(?: policy| settings)?|about(?: us)?|contact(?: us)?|help|faq|sitemap|site map|careers|advertise(?: with us)?|accessibility|corrections|kebijakan privasi|syarat (?:dan|&) ketentuan|tentang kami|kontak(?: kami)?|redaksi|karir|pedoman media siber|info iklan)`;
const LEGAL_ROW = String.raw`(?=.*\b(?:privacy|terms|cookies?|kebijakan privasi|syarat|pedoman)\b)(?:${FOOTER_LINK}\s*[|·•]\s*){1,12}${FOOTER_LINK}\s*[|·•]?`;
const LEGAL_LINKS = String.raw`${LEGAL_ROW}|(?:(?:privacy policy|terms of (?:use|service)|terms (?:&|and) conditions|cookie policy|kebijakan privasi|syarat (?:dan|&) ketentuan|pedoman (?:pemberitaan )?media siber|kode etik|info iklan|about us|contact us|tentang kami|kontak(?: kami)?|redaksi|karir|iklan)\s*[|·•,]?\s*){2,10}|pedoman (?:pemberitaan )?media siber|do not sell(?: or share)? my (?:personal )?info(?:rmation)?|your (?:privacy|california privacy) (?:choices|rights)|accessibility statement|terms of sale|manage (?:your|my) subscription|to (?:report|submit|request|suggest) (?:a correction|an error),? (?:please )?(?:e-?mail|contact|write to|visit|go to|use)\b.{0,100}|report (?:an? )?(?:error|correction|typo|mistake)(?: (?:or|and|/) (?:an? )?(?:error|typo|mistake))?|(?:(?:have you )?(?:spotted|found|noticed|seen)|(?:did you )?(?:spot|find|notice|see)) (?:an? )(?:mistake|error|typo|inaccuracy)(?: in (?:this|our|the) (?:story|article|report|post))?\?\s*(?:please )?(?:let us know|tell us|contact us|e-?mail us|report it|click here)\b.{0,100}|(?:menemukan|ada) (?:kesalahan|typo|salah ketik)(?: (?:dalam|pada|di) (?:berita|artikel|tulisan) ini)?\?\s*(?:silakan )?(?:laporkan|klik di sini)\b.{0,100}|(?:submit|send|suggest|request) a correction|laporkan (?:kesalahan|typo|salah ketik)|corrections? policy|how we use (?:your )?(?:data|cookies|information|personal data)|reuse this content|reprints? (?:&|and) permissions|purchase licensing rights|our (?:editorial )?standards(?::.{1,100})?|reprint (?:this )?(?:article|story)|license this (?:content|article|story)|(?:request|buy|order) (?:a )?reprints?|advertise with us|pasang iklan|iklan(?:kan)? bersama kami|licensing (?:&|and) reprints|terms (?:&|and) conditions|terms of (?:use|service)|syarat (?:&|dan) ketentuan|privacy policy|kebijakan privasi|cookie policy`;

// How a row of legal links opens (the gate's shape).
const LEGAL_LINK_START = /^(?:privacy|terms|cookie|kebijakan|syarat|pedoman|kode|info|about|contact|tentang|kontak|redaksi|karir|iklan|report|corrections?|reprints?|reuse|purchase|licensing|sitemap|site map|help|faq|careers|advertise|accessibility)/i;

export const legalFooter: Rule = {
  id: 'legal-footer',
  description: 'Copyright, legal and cookie footers and site-wide disclaimers: "© 2024 …", "All rights reserved", "We use cookies …", a sign-up form\'s consent ("By signing up, you agree …", the reCAPTCHA notice), "*Important notice: …", "Privacy Policy | Terms of Use", the re-posting ban ("Dilarang mengambil … tanpa seizin redaksi"), the syndicated-feed note, the notes a site puts under a kind of story ("This post contains affiliate links", "… does not constitute financial advice", a help line for mental health, "This audio is auto-generated").',
  languages: ['en', 'id', 'ms', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'sw', 'vi'],
  category: 'boilerplate',
  line: caseless(String.raw`^${NOT_REPORTED_SPEECH}(?:${COPYRIGHT}|${RIGHTS}|${FOREIGN_RIGHTS}|${COOKIES}|${FOREIGN_COOKIES}|${COOKIE_BUTTON}|${CONSENT}|${EXTERNAL}|${NOT_OURS}|${AFFILIATE}|${NOT_ADVICE}|${HELPLINE}|${AI_NOTE}|${NO_REUSE}|${CITE_WHEN_REUSED}|${RIGHTS_SCRIPTS}|${DISCLAIMER_SCRIPTS}|${POWERED_BY}|${WRITERS_OWN}|${DISCLAIMER}|${LEGAL_LINKS})$`),
  // COPYRIGHT: ©, copyright, hak cipta, (c); RIGHTS: its three phrases (hak cipta again); COOKIES: cookie
  // or the two "by … this site" phrases; DISCLAIMER: its three labels. The legal links may be glued
  // ("RedaksiIklan") but the first opens the line, so the shape checks how the line opens.
  gate: {
    words: ['ghi rõ nguồn', 'we value your privacy', 'we and our', 'how we use', 'powered by', 'may not be published', 'may not be reproduced', 'may not be copied', 'may not be republished', 'semua artikel', 'seluruh artikel', 'semua tulisan', 'seluruh tulisan', 'semua konten', 'seluruh konten', 'all articles', 'all content', 'all posts', 'all stories', 'a correction', 'an error', 'a mistake', 'a typo', 'inaccuracy', 'klik di sini', 'laporkan', 'tidak mewakili', 'dilarang keras', 'our standards', 'our editorial standards', 'reprint', 'license this', 'reprints', 'advertise with us', 'pasang iklan', 'bersama kami', 'accept all', 'reject all', 'decline all', 'allow all', 'refuse all', 'accept and', 'manage preferences', 'manage settings', 'manage consent', 'views expressed', 'opinions expressed', 'earn a commission', 'earn a small commission', 'receive a commission', 'receive compensation', 'earn compensation', 'share of sales', 'share of revenue', 'amazon associate', 'third party', 'third-party', '©', 'copyright*', 'hak cipta*', '(c)', 'all rights reserved', 'dilarang mengutip', 'derechos reservados', 'droits r*', 'rechte vorbehalten', 'diritti riservati', 'direitos reservados', 'rechten voorbehouden', 'prawa zastrzeżone', 'tüm hak*', 'haki zote', 'bảo lưu mọi quyền', 'dilarang mengambil', 'dilarang menyalin', 'dilarang menayangkan', 'dilarang memuat', 'cookie*', 'continuing to use this', 'by using this', 'important notice', 'disclaimer', 'penafian', 'recaptcha', 'not responsible for the content', 'by signing up', 'by subscribing', 'your sign-up', 'your signup', 'by registering', 'by creating an account', 'by clicking', 'dengan mendaftar', 'dengan berlangganan', 'dengan mengeklik', 'dengan mengklik', 'syndicated feed', 'syndicated news feed',
      'do not sell', 'privacy choices', 'privacy rights', 'accessibility statement', 'terms of sale', 'manage your subscription', 'manage my subscription', 'affiliate link', 'affiliate links', 'tautan afiliasi', 'link afiliasi', 'informational purposes', 'information purposes', 'educational purposes', 'financial advice', 'investment advice', 'legal advice', 'medical advice', 'tax advice',
      'bukan saran', 'bukan merupakan saran', 'bukan rekomendasi', 'bukan merupakan rekomendasi', 'bukan ajakan', 'bukan merupakan ajakan',
      'suicid*', 'crisis line', 'crisis lifeline', 'crisis text line', 'crisis centre', 'crisis center', 'crisis helpline', 'crisis hotline', 'samaritans', 'mental health', 'emotional support', 'self-harm', '988', 'bunuh diri', 'depresi', 'kesehatan mental', 'kesehatan jiwa',
      'auto-generated', 'autogenerated', 'by ai', 'using ai', 'with ai', 'help of ai', 'artificial intelligence', 'an ai tool', 'an ai model', 'an ai voice', 'computer-generated voice', 'synthetic voice', 'text-to-speech', 'ai-generated summary', 'ai-generated audio', 'ai-generated narration', 'voiced by', 'oleh ai', 'dengan ai', 'bantuan ai', 'menggunakan ai', 'kecerdasan buatan',
    ],
    shape: (text) => LEGAL_LINK_START.test(text),
    // And lines in other scripts ("版权所有 …", "… 무단전재 및 재배포 금지"): src/rules/other-scripts.ts.
    otherScripts: true,
  },
  examples: {
    junk: [
      'Ghi rõ nguồn khi phát hành lại thông tin từ website này.', 'We value your privacy', 'We value your privacy. We and our partners use cookies to personalise content and ads.', "Questo sito utilizza cookie tecnici e di profilazione. Proseguendo nella navigazione accetti l'uso dei cookie.", '版权所有 © 2026 示例新闻网 未经授权不得转载', 'ⓒ 예시뉴스 무단전재 및 재배포 금지', '無断転載・複製を禁じます', 'جميع الحقوق محفوظة © 2026 صحيفة المثال', 'Мнение автора может не совпадать с позицией редакции.', 'Нашли ошибку? Выделите текст и нажмите Ctrl+Enter', 'Haber Merkezi. Tüm hakları saklıdır.', 'Wszelkie prawa zastrzeżone.', 'Habari Leo Media. Haki zote zimehifadhiwa.',
      'Our Standards', 'Tulisan dari Budi Contoh tidak mewakili pandangan dari redaksi Contoh.', 'Isi artikel ini tidak mewakili sikap redaksi.', 'To report a correction, email corrections@example.com.', 'To report an error, please contact the newsroom.', 'Example Media Group. All rights reserved. Use of this site means you accept our terms.', 'Example Daily - All Rights Reserved - Terms of Use', 'All rights reserved. No part of this site may be copied.',
      '© 2025 Diario Ejemplo. Todos los derechos reservados.', 'Tous droits réservés', 'Alle Rechte vorbehalten.', 'Wir verwenden Cookies, um unsere Website für Sie zu verbessern.', 'Utilizamos cookies propias y de terceros para analizar el tráfico.', 'Ce site utilise des cookies pour mesurer son audience.',
      'This post contains affiliate links.', 'By clicking subscribe, I agree to receive news updates and promotions from Example Press.', 'Do Not Sell or Share My Personal Information', 'Your Privacy Choices', 'Accessibility Statement', 'Terms of Sale', 'Manage your subscription',
      'Artikel ini mengandung tautan afiliasi.',
      'This article is for informational purposes only and does not constitute financial advice.',
      'The information on this site is not intended as investment advice.',
      'Informasi ini bukan merupakan ajakan untuk membeli atau menjual saham.',
      'If you or someone you know is struggling, call or text 988 to reach the Suicide and Crisis Lifeline.',
      "If you've been affected by any of the issues in this story, you can call Samaritans free on 116 123.",
      'Jika Anda memiliki pikiran untuk bunuh diri, segera hubungi layanan kesehatan jiwa terdekat.',
      'This audio is auto-generated. Please let us know if you have feedback.',
      'This summary was generated by AI and reviewed by our editors.',
      'AI-generated summary',
      'Voiced by Amazon Polly',
      'Ringkasan berita ini dibuat dengan bantuan AI.',
      'This material may not be published, broadcast, rewritten or redistributed.',
      'Proudly powered by WordPress',
      'How we use your data',
      'Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Contoh.',
      'Contoh Community adalah media yang menyediakan platform untuk menulis. Semua artikel yang dipublikasikan di Community merupakan tanggung jawab penulis.',
      'Submit a correction',
      "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.", 'Report a typo or error', 'Spotted an error in this article? Please let us know.', 'Did you find a typo? Email us at corrections@example.com', 'Menemukan kesalahan dalam berita ini? Laporkan kepada redaksi.',
      'Deze site gebruikt cookies.', 'Wij maken gebruik van cookies om de website te verbeteren.', "Editor's note: The views expressed in this column are the writer's own.",
      'Laporkan kesalahan',
      'Reprint this article',
      'License this content',
      'Advertise with us',
      'Cookies on Example News',
      'Manage preferences',
      'Reject all',
      'Accept and continue',
      'Terms & Conditions | Privacy Policy | Contact',
      'COPYRIGHT © CONTOH 2026',
      'The views expressed are those of the author and do not necessarily reflect those of Example News.',
      'Opinions expressed by contributors are their own.',
      'We may earn a commission when you buy through links on our site.',
      'As an Amazon Associate we earn from qualifying purchases.',
      'This content is created and maintained by a third party, and imported onto this page.',
      'This story has not been edited by Contoh staff and is auto-generated from a syndicated feed.',
      'Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas tanpa seizin redaksi.',
      'Hak cipta terpelihara',
      'Terms of Service',
      'By signing up, you agree to our Privacy Policy and Terms of Use.',
      'The BBC is not responsible for the content of external sites.',
      'Reuse this content',
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
      'Dengan mendaftar, Anda menyetujui Syarat dan Ketentuan kami.',
      '© 2024 Contoh Media. All rights reserved.',
      'Copyright 2019-2024 PT Contoh Digital',
      'Hak Cipta Dilindungi Undang-Undang',
      'We use cookies to improve your experience. By continuing to use this site you agree.',
      '*Disclaimer: Opinions in this column belong to the writer alone and are not financial advice.',
      'Penafian: Artikel ini bukan ajakan untuk membeli atau menjual saham tertentu.',
      'Privacy Policy | Terms of Use | Contact Us',
      'Accept all cookies',
      'Manage cookie preferences',
      'Cookie settings',
      'Tolak semua cookie',
      'Pedoman Media Siber',
      'Redaksi | Kode Etik | Kontak',
      'Report an error',
      'Reprints & Permissions', 'Purchase Licensing Rights',
      'Terms & Conditions',
    ],
    content: [ 'Ghi rõ nguồn gốc hàng hóa là yêu cầu bắt buộc với doanh nghiệp.', 'Pernyataan menteri itu tidak mewakili pandangan pemerintah, kata juru bicara.', 'The club said all rights reserved for the stadium name would pass to the new owner next year.', 'Under the deal, all rights reserved by the author revert to her estate after her death.',
      'Los sindicatos dicen que todos los derechos reservados a los trabajadores fueron ignorados por la empresa durante años de negociación y protesta en varias ciudades del país.', 'Wir verwenden Cookies nicht mehr, sagte der Sprecher.',
      'Our standards have slipped, the minister admitted.',
      'Did you spot a mistake in the budget? Let us know, the minister told the auditors, and they found three.', 'Ada kesalahan? Hubungi kami, kata petugas pajak kepada warga yang antre.', 'Deze website maakt gebruik van cookies, zei de toezichthouder, maar vraagt geen toestemming.',
      'If you have information about the crash, call the police hotline on 555 0100.',
      'If you see the suspect, call 911 and do not approach him.',
      'Audio was generated by AI in the fake robocall, investigators found.',
      'The summary was generated by AI, which the judge criticised.',
      'Menurut dia, kenaikan harga itu bukan rekomendasi untuk membeli.',
      'The mental health charity said calls to its helpline rose by a third.',
      'Information is provided for educational purposes in every classroom, the school said.',
      'Voters rejected all three proposals.',
      'Accept and continue the talks, the envoy urged both sides.',
      'Contact, about, help',
      'The views expressed are those of the author, the court said, and the paper bears no liability.',
      'Retailers may earn a commission on each sale, the regulator said.',
      'Copyright law was changed in 2019 after a long debate.',
      'By signing up, users agree to let the firm sell their data, the regulator found.',
      'The app was protected by reCAPTCHA until the attack, its makers said.',
      'Dengan mendaftar sebagai pemilih, warga bisa ikut pemilu.',
      'The firm is not responsible for the content of external sites, its lawyer argued in court.',
      'The story was not auto-generated from a syndicated feed, the editor insisted, but written by hand.',
      'Warga dilarang mengambil pasir dari sungai tanpa izin dinas, kata kepala desa.',
      'Menurut dewan pers, isi artikel merupakan tanggung jawab penulis dan redaksi.',
      'Dewan Pers menegaskan seluruh konten yang dimuat media merupakan tanggung jawab penulis dan pemimpin redaksi.',
      'This material may not be published until the court lifts the order, the judge ruled.',
      'Report an error in the count to the election board within three days.',
      'Powered by WordPress, the site went live in May.',
      'Dilarang mengambil foto di area ini tanpa izin petugas.',
      'The cookies were baked in a wood-fired oven.',
      'Accept all cookies, the regulator said, is not real consent.',
      'Report an error in the tax form to the agency within 30 days.',
      'Privacy policy changes take effect in May.',
      'Disclaimers aside, the study was small.',
      // Reported speech: the article quotes a label or a notice.
      'All rights reserved, the label on the recording said, but the band released it for free.',
    ],
  },
};
