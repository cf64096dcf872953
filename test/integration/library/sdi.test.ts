// SDI: keywords and authors, each on or off; one digest per patron per run for the new items that
// match, to the SDI destinations; nothing twice, also across a crash and restart.
import { expect, it } from 'vitest';
import { SDI_JOB } from '../../../src-main/library';
import { envPerTest } from '../../fixtures/env-per-test';
import { type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;
let p: TestPatron;

const file = envPerTest(openLibraryEnv, async (opened) => {
  env = opened;
  p = await env.ready('k1', 'quiet-river-42', 'hanako@example.jp');
  await env.setSettings(p, { sdiTo: { pc: true, mobile: false } });
  await env.item('昔からある熊本の本', '古い著者');
});

const arrive = (title: string, author = '') => env.lib.catalogue.add({ title, author, addedAt: env.clock.now() });
const digests = () => env.outbox('library.sdi_digest');

it('mails one digest of the new matching items, leaving out entries switched off', async () => {
  await env.ok('k1', 'library.sdi.add', { field: 'keyword', term: '熊本' });
  const off = await env.ok('k1', 'library.sdi.add', { field: 'author', term: '宮沢賢治' });
  await env.ok('k1', 'library.sdi.setEnabled', { id: off.id, enabled: false });
  await env.ok('k1', 'library.sdi.add', { field: 'author', term: '夏目漱石' });
  await env.ok('k1', 'library.sdi.add', { field: 'keyword', term: 'sf' });
  await arrive('熊本の湧き水めぐり', '水の会');
  await arrive('くまもと城下町', '熊本史談会');
  await arrive('グスコーブドリの伝記', '宮沢賢治');
  await arrive('夢十夜', '夏目漱石');
  await arrive('関係のない本', '誰か');
  // An author entry is not looked for in titles; a keyword matches whatever the width or case.
  await arrive('夏目漱石の手紙を読む', '研究会');
  await arrive('ＳＦ傑作選', '編集部');

  await env.app.jobs.runNow(SDI_JOB);
  expect(await digests()).toHaveLength(1);
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
  expect(await digests()).toHaveLength(1);
  await arrive('熊本の祭り');
  await env.lib.sdi.run();
  expect(await digests()).toHaveLength(2);
  expect((await digests())[1]?.body).toContain('熊本の祭り');
  expect((await digests())[1]?.body).not.toContain('湧き水');
});

it('sends nothing without a match or without a destination', async () => {
  await env.ok('k1', 'library.sdi.add', { field: 'keyword', term: '宇宙' });
  await arrive('熊本の湧き水めぐり');
  await env.lib.sdi.run();
  await env.setSettings(p, { sdiTo: { pc: false, mobile: false } });
  await arrive('宇宙の話');
  await env.lib.sdi.run();
  expect(await digests()).toHaveLength(0);
});

it('resumes a run cut short by a crash without mailing anyone twice', async () => {
  const disk = file.disk();
  let app = await disk.open();
  for (const address of ['a@example.jp', 'b@example.jp']) {
    const x = await app.ready('k1', 'quiet-river-42', address);
    await app.setSettings(x, { sdiTo: { pc: true, mobile: false } });
    await app.ok('k1', 'library.sdi.add', { field: 'keyword', term: '熊本' });
  }
  await app.lib.catalogue.add({ title: '熊本の橋', addedAt: disk.clock.now() });
  const enqueue = app.app.mailer.enqueue.bind(app.app.mailer);
  let calls = 0;
  app.app.mailer.enqueue = async (template, request) => {
    if (++calls === 2) throw new Error('power cut');
    return enqueue(template, request);
  };
  await expect(app.lib.sdi.run()).rejects.toThrow('power cut');
  await app.close();

  app = await disk.open();
  await app.lib.sdi.run();
  await app.lib.sdi.run();
  expect((await app.outbox('library.sdi_digest')).map((r) => r.to_address)).toEqual(['a@example.jp', 'b@example.jp']);
});

it('mails each patron once when two runs overlap (two terminals starting the job at once)', async () => {
  const other = await env.ready('k2', 'quiet-river-42', 'other@example.jp');
  await env.setSettings(other, { sdiTo: { pc: true, mobile: false } });
  for (const terminal of ['k1', 'k2']) await env.ok(terminal, 'library.sdi.add', { field: 'keyword', term: '熊本' });
  await arrive('熊本の湧き水めぐり');
  const [a, b] = await Promise.all([env.lib.sdi.run(), env.lib.sdi.run()]);
  // One run over the new items, shared or found finished by the second — not one run each.
  expect(new Set([a.runId, b.runId].filter((id) => id !== null)).size).toBe(1);
  expect(await env.app.store.get<{ n: number }>('SELECT count(*) AS n FROM sdi_runs')).toEqual({ n: 1 });
  expect(a.digests + b.digests).toBe(2);
  expect((await digests()).map((r) => r.to_address).sort()).toEqual(['hanako@example.jp', 'other@example.jp']);
});
