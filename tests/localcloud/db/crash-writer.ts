/**
 * Child process of durability.test.ts: inserts documents one at a time into a file store and prints the
 * _id of each insert once handle() has acknowledged it. The parent kills it with SIGKILL mid-stream.
 */
import { LocalDatabase } from '../../../localcloud/db';

const file = process.argv[2];
const start = Number(process.argv[3] ?? 0);
const db = new LocalDatabase({
  file,
  indexes: {
    messages: [
      {
        name: 'group_time',
        keys: [
          ['groupId', 1],
          ['createdAt', -1],
        ],
      },
    ],
  },
});
const meta = { meter: { read: () => undefined, write: () => undefined } };

async function main(): Promise<void> {
  for (let i = start; ; i += 1) {
    const doc = {
      _id: `doc${i}`,
      groupId: `g${i % 7}`,
      createdAt: { $date: { $numberLong: String(i) } },
      body: 'x'.repeat(200),
    };
    await db.handle('database.insertDocument', { collectionName: 'messages', data: [JSON.stringify(doc)] }, meta);
    // Wait until the line is handed to the pipe, as a server would before its next request.
    await new Promise<void>((resolve) => process.stdout.write(`ack ${doc._id}\n`, () => resolve()));
  }
}

void main();
