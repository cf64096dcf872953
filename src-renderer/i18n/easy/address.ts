// Easy Japanese (やさしい日本語) for the postal-code lookup, kanji with readings as ｜漢字《よみ》; the keys of ja/address.ts.
import type ja from '../ja/address';

export default {
  address: {
    postal: {
      looking: '｜住所《じゅうしょ》を さがして います…',
      filled: '｜住所《じゅうしょ》を いれました。つづけて、｜番地《ばんち》や たてものの ｜名前《なまえ》を ｜書《か》いて ください。',
      choose: 'この ｜郵便番号《ゆうびんばんごう》には、｜地域《ちいき》が いくつか あります。あなたの ｜地域《ちいき》を えらんで ください。',
      chooseLabel: '｜地域《ちいき》を えらぶ',
      notFound: '〒{code} は ありませんでした。｜番号《ばんごう》を たしかめて ください。｜住所《じゅうしょ》は、じぶんで ｜書《か》く ことも できます。',
      failed: '｜住所《じゅうしょ》を ｜自動《じどう》で いれる ことが できませんでした。｜住所《じゅうしょ》を ｜書《か》いて ください。',
    },
  },
} satisfies typeof ja;
