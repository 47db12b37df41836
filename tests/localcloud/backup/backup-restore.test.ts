/** @jest-environment node */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startLocalCloud, type LocalCloud } from '../../../localcloud';

jest.setTimeout(180_000);
// The SDK in this process talks to the local cloud only (no probe of Tencent's metadata host).
process.env.TENCENTCLOUD = 'true';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wx = require('wx-server-sdk');

const INDEXES = {
  backup_bulk: [],
  backup_writes: [
    {
      name: 'writer_seq',
      keys: [
        ['writer', 1],
        ['seq', 1],
      ] as [string, 1 | -1][],
    },
  ],
  backup_pairs: [],
};

interface Ack {
  id: string;
  writer: number;
  seq: number;
  fileID: string;
  text: string;
}

/** Runs one of the npm scripts' entry files as `npm run` does (tsx), from the repo root. */
function runScript(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, script), ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

function sdkOf(cloud: LocalCloud) {
  return wx.createNewInstance({
    env: cloud.envId,
    serviceUrl: cloud.serviceUrl,
    secretId: 'local',
    secretKey: 'local',
  });
}

async function allDocs(sdk: any, collection: string): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = [];
  for (;;) {
    const { data } = await sdk
      .database()
      .collection(collection)
      .orderBy('_id', 'asc')
      .skip(docs.length)
      .limit(1000)
      .get();
    docs.push(...data);
    if (data.length < 1000) return docs;
  }
}

test('a backup taken while writers write holds every acknowledged write and its file; restore refuses a running cloud and fills a fresh folder', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgrid-backup-'));
  const dataDir = path.join(tmp, 'data');
  const restoredDir = path.join(tmp, 'restored');
  const backupFile = path.join(tmp, 'backups', 'snapshot.sqlite');
  const options = { functionsDir: path.join(tmp, 'no-functions'), enableTriggers: false, indexes: INDEXES };
  let cloud: LocalCloud | null = await startLocalCloud({ dataDir, ...options });
  try {
    // Enough data that SQLite's backup takes many steps, so writes land between them.
    const padding = '档'.repeat(200);
    cloud.db.importDocuments(
      'backup_bulk',
      Array.from({ length: 30_000 }, (_, i) => ({ _id: `bulk-${i}`, i, padding })),
    );

    const sdk = sdkOf(cloud);
    const acks: Ack[] = [];
    const pairsAcked: number[] = [];
    let stop = false;
    const writer = async (k: number) => {
      for (let seq = 0; !stop; seq++) {
        const text = `写入者 ${k} 的第 ${seq} 份材料`;
        const { fileID } = await sdk.uploadFile({
          cloudPath: `backup/${k}/${seq}.txt`,
          fileContent: Buffer.from(text),
        });
        const id = `w${k}-${seq}`;
        await sdk
          .database()
          .collection('backup_writes')
          .add({ data: { _id: id, writer: k, seq, fileID, text } });
        acks.push({ id, writer: k, seq, fileID, text });
      }
    };
    // Two documents in one transaction: a snapshot has both or neither.
    const pairWriter = async () => {
      for (let i = 0; !stop; i++) {
        await sdk.database().runTransaction(async (tx: any) => {
          await tx.collection('backup_pairs').doc(`p${i}-a`).set({ data: { i } });
          await tx.collection('backup_pairs').doc(`p${i}-b`).set({ data: { i } });
        });
        pairsAcked.push(i);
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer).concat(pairWriter()));
    while (acks.length < 40) await new Promise((r) => setTimeout(r, 20));

    const ackedBefore = acks.slice();
    const pairsBefore = pairsAcked.slice();
    const backup = await runScript('scripts/localcloud-backup.ts', ['--data', dataDir, '--out', backupFile]);
    const ackedDuringBackup = acks.length - ackedBefore.length;

    // A restore into the folder of the running cloud is refused, and changes nothing.
    const refused = await runScript('scripts/localcloud-restore.ts', [backupFile, '--data', dataDir]);
    stop = true;
    await writers;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(backupFile);
    expect(ackedDuringBackup).toBeGreaterThan(0);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('本地云正在运行');
    const stillThere = await allDocs(sdk, 'backup_writes');
    expect(stillThere.length).toBe(acks.length);
    await cloud.close();
    cloud = null;

    const restore = await runScript('scripts/localcloud-restore.ts', [backupFile, '--data', restoredDir]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    cloud = await startLocalCloud({ dataDir: restoredDir, ...options });
    const restored = sdkOf(cloud);
    const docs = await allDocs(restored, 'backup_writes');
    console.log(`${acks.length} writes acknowledged, ${ackedBefore.length} before the backup, ${docs.length} in it`);
    const byId = new Map(docs.map((d) => [d._id as string, d]));
    // Every write acknowledged before the backup began is there, as written.
    for (const ack of ackedBefore) expect(byId.get(ack.id)).toMatchObject({ fileID: ack.fileID, text: ack.text });
    // Each writer waited for one write before the next: a snapshot of one instant holds a prefix of each.
    for (const k of [0, 1, 2, 3]) {
      const seqs = docs.filter((d) => d.writer === k).map((d) => d.seq as number);
      expect(seqs.sort((a, b) => a - b)).toEqual(seqs.map((_, i) => i));
    }
    // Every document's file is there with its content (the file was stored before the document).
    for (let i = 0; i < docs.length; i += 25) {
      const batch = docs.slice(i, i + 25);
      const contents = await Promise.all(batch.map((doc) => restored.downloadFile({ fileID: doc.fileID })));
      batch.forEach((doc, j) => expect((contents[j].fileContent as Buffer).toString('utf8')).toBe(doc.text));
    }
    const pairs = await allDocs(restored, 'backup_pairs');
    const pairIds = new Set(pairs.map((p) => p._id as string));
    for (const i of pairsBefore) expect(pairIds.has(`p${i}-a`) && pairIds.has(`p${i}-b`)).toBe(true);
    for (const p of pairs) expect(pairIds.has(`p${p.i}-a`) && pairIds.has(`p${p.i}-b`)).toBe(true);
    expect((await restored.database().collection('backup_bulk').count()).total).toBe(30_000);
  } finally {
    await cloud?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('a second local cloud, or a reset, on the folder of a running one is refused', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgrid-lock-'));
  const options = {
    dataDir,
    functionsDir: path.join(dataDir, 'no-functions'),
    enableTriggers: false,
    indexes: INDEXES,
  };
  const first = await startLocalCloud(options);
  try {
    await expect(startLocalCloud(options)).rejects.toThrow('本地云正在运行');
    // Nor is its folder emptied under it.
    const reset = await runScript('scripts/localcloud-reset.ts', ['--data', dataDir]);
    expect(reset.code).toBe(1);
    expect(fs.existsSync(path.join(dataDir, 'db.sqlite'))).toBe(true);
  } finally {
    await first.close();
  }
  const again = await startLocalCloud(options);
  await again.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a stopped local cloud is backed up from its folder, and a restore over existing data keeps the old data aside', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgrid-backup-offline-'));
  const dataDir = path.join(tmp, 'data');
  const backupFile = path.join(tmp, 'offline.sqlite');
  const options = { functionsDir: path.join(tmp, 'no-functions'), enableTriggers: false, indexes: INDEXES };
  let cloud: LocalCloud | null = await startLocalCloud({ dataDir, ...options });
  try {
    const sdk = sdkOf(cloud);
    const { fileID } = await sdk.uploadFile({ cloudPath: 'backup/offline.txt', fileContent: Buffer.from('停机备份') });
    await sdk
      .database()
      .collection('backup_writes')
      .add({ data: { _id: 'before', fileID } });
    await cloud.close();
    cloud = null;

    const backup = await runScript('scripts/localcloud-backup.ts', ['--data', dataDir, '--out', backupFile]);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toContain('1 documents, 1 stored files');

    // Changes made after the backup are undone by the restore; what was there is moved aside, not lost.
    cloud = await startLocalCloud({ dataDir, ...options });
    await sdkOf(cloud)
      .database()
      .collection('backup_writes')
      .add({ data: { _id: 'after' } });
    await cloud.close();
    cloud = null;
    const restore = await runScript('scripts/localcloud-restore.ts', [backupFile, '--data', dataDir]);
    expect(restore.code).toBe(0);
    const aside = /kept in (\S+)/.exec(restore.stdout)?.[1] ?? '';
    expect(fs.existsSync(path.join(aside, 'db.sqlite'))).toBe(true);

    cloud = await startLocalCloud({ dataDir, ...options });
    const restored = sdkOf(cloud);
    expect((await allDocs(restored, 'backup_writes')).map((d) => d._id)).toEqual(['before']);
    const { fileContent } = await restored.downloadFile({ fileID });
    expect((fileContent as Buffer).toString('utf8')).toBe('停机备份');
  } finally {
    await cloud?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
