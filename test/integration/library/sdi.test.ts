// SDI: keywords and authors, each on or off; one digest per patron per run for the new items that
// match, to the SDI destinations; nothing twice, also across a crash and restart.
import { expect, it } from 'vitest';
import { SDI_JOB } from '../../../src-main/library/sdi';
import { envPerTest } from '../../fixtures/env-per-test';
import { type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;
let p: TestPatron;

const file = envPerTest(openLibraryEnv, async (opened) => {
  env = opened;
  p = await env.ready('k1', 'quiet-river-42', 'hanako@example.jp');
  env.setSettings(p, { sdiTo: { pc: true, mobile: false } });
  env.item('昔からある熊本の本', '古い著者');
});

const arrive = (title: string, author = '') => env.lib.catalogue.add({ title, author, addedAt: env.clock.now() });
const digests = () => env.outbox('library.sdi_digest');

it('mails one digest of the new matching items, leaving out entries switched off', async () => {
  await env.ok('k1', 'library.sdi.add', { field: 'keyword', term: '熊本' });
  const off = await env.ok('k1', 'library.sdi.add', { field: 'author', term: '宮沢賢治' });
  await env.ok('k1', 'library.sdi.setEnabled', { id: off.id, enabled: false });
  await env.ok('k1', 'library.sdi.add', { field: 'author', term: '夏目漱石' });
  await env.ok('k1', 'library.sdi.add', { field: 'keyword', term: 'sf' });
  arrive('熊本の湧き水めぐり', '水の会');
  arrive('くまもと城下町', '熊本史談会');
  arrive('グスコーブドリの伝記', '宮沢賢治');
  arrive('夢十夜', '夏目漱石');
  arrive('関係のない本', '誰か');
  // An author entry is not looked for in titles; a keyword matches whatever the width or case.
  arrive('夏目漱石の手紙を読む', '研究会');
  arrive('ＳＦ傑作選', '編集部');

  await env.app.jobs.runNow(SDI_JOB);
  expect(digests()).toHaveLength(1);
  const mail = await env.mail('hanako@example.jp', '新着資料のお知らせ（SDI）');
  expect(mail.text).toContain('■「熊本」');
  expect(mail.text).toContain('・熊本の湧き水めぐり／水の会');
  expect(mail.text).toContain('・くまもと城下町／熊本史談会');
  expect(mail.text).toContain('・夢十夜／夏目漱石');
  expect(mail.text).not.toContain('グスコーブドリ');
  expect(mail.text).not.toContain('昔からある');
  expect(mail.text).not.toContain('夏目漱石の手紙を読む');
  expect(mail.text).toContain('・ＳＦ傑作選／編集部');

  await env.app.jobs.runNow(SDI_JOB);
  expect(digests()).toHaveLength(1);
  arrive('熊本の祭り');
  env.lib.sdi.run();
  expect(digests()).toHaveLength(2);
  expect(digests()[1]?.body).toContain('熊本の祭り');
  expect(digests()[1]?.body).not.toContain('湧き水');
});

it('sends nothing without a match or without a destination', async () => {
  await env.ok('k1', 'library.sdi.add', { field: 'keyword', term: '宇宙' });
  arrive('熊本の湧き水めぐり');
  env.lib.sdi.run();
  env.setSettings(p, { sdiTo: { pc: false, mobile: false } });
  arrive('宇宙の話');
  env.lib.sdi.run();
  expect(digests()).toHaveLength(0);
});

it('resumes a run cut short by a crash without mailing anyone twice', async () => {
  const disk = file.disk();
  let app = disk.open();
  for (const address of ['a@example.jp', 'b@example.jp']) {
    const x = await app.ready('k1', 'quiet-river-42', address);
    app.setSettings(x, { sdiTo: { pc: true, mobile: false } });
    await app.ok('k1', 'library.sdi.add', { field: 'keyword', term: '熊本' });
  }
  app.lib.catalogue.add({ title: '熊本の橋', addedAt: disk.clock.now() });
  const enqueue = app.app.mailer.enqueue.bind(app.app.mailer);
  let calls = 0;
  app.app.mailer.enqueue = (template, request) => {
    if (++calls === 2) throw new Error('power cut');
    return enqueue(template, request);
  };
  expect(() => app.lib.sdi.run()).toThrow('power cut');
  await app.close();

  app = disk.open();
  app.lib.sdi.run();
  app.lib.sdi.run();
  expect(app.outbox('library.sdi_digest').map((r) => r.to_address)).toEqual(['a@example.jp', 'b@example.jp']);
});
