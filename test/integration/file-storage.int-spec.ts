import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import {
  FileNotFoundError,
  LocalFileStorage,
  S3FileStorage,
  type FileStorage,
} from '@klarsicht/api-documents';

const read = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const failing = (bytes: Buffer): Readable =>
  new Readable({
    read() {
      this.push(bytes);
      this.destroy(new Error('client went away'));
    },
  });

type Adapter = {
  name: string;
  setUp: () => Promise<{ storage: FileStorage; tearDown: () => Promise<void> }>;
};

const ADAPTERS: Adapter[] = [
  {
    name: 'local disk',
    setUp: async () => ({
      storage: new LocalFileStorage(mkdtempSync(join(tmpdir(), 'klarsicht-files-'))),
      tearDown: async () => undefined,
    }),
  },
  {
    name: 'S3 (s3rver, a local S3-compatible server)',
    setUp: async () => {
      const server = new S3rver({
        address: '127.0.0.1',
        port: 0,
        silent: true,
        directory: mkdtempSync(join(tmpdir(), 'klarsicht-s3rver-')),
        configureBuckets: [{ name: 'klarsicht-test', configs: [] }],
      });
      const { port } = (await server.run()) as { port: number };
      const storage = new S3FileStorage({
        bucket: 'klarsicht-test',
        prefix: 'documents/',
        client: {
          endpoint: `http://127.0.0.1:${port}`,
          region: 'eu-central-1',
          forcePathStyle: true,
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        },
      });
      return {
        storage,
        tearDown: async () => {
          storage.destroy();
          await server.close();
        },
      };
    },
  },
];

describe.each(ADAPTERS)('FileStorage contract: $name', ({ setUp }) => {
  let storage: FileStorage;
  let tearDown: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, tearDown } = await setUp());
  });
  afterAll(() => tearDown());

  it('stores and returns the exact bytes, and reports the size', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const { size } = await storage.put(
      't1/doc/round-trip',
      Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
    );
    expect(size).toBe(bytes.length);
    const back = await read(await storage.get('t1/doc/round-trip'));
    expect(createHash('sha256').update(back).digest('hex')).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
  });

  it('stores an empty file', async () => {
    expect(await storage.put('t1/doc/empty', Readable.from([Buffer.alloc(0)]))).toEqual({ size: 0 });
    expect((await read(await storage.get('t1/doc/empty'))).length).toBe(0);
  });

  it('answers exists, and FileNotFoundError for a missing key', async () => {
    expect(await storage.exists('t1/doc/round-trip')).toBe(true);
    expect(await storage.exists('t1/doc/never')).toBe(false);
    await expect(storage.get('t1/doc/never')).rejects.toBeInstanceOf(FileNotFoundError);
  });

  it('replaces a key, and deletes (twice without error)', async () => {
    await storage.put('t1/doc/replace', Readable.from([Buffer.from('first')]));
    await storage.put('t1/doc/replace', Readable.from([Buffer.from('second')]));
    expect((await read(await storage.get('t1/doc/replace'))).toString()).toBe('second');
    await storage.delete('t1/doc/replace');
    await storage.delete('t1/doc/replace');
    expect(await storage.exists('t1/doc/replace')).toBe(false);
  });

  it('stores nothing when the upload stream fails half way', async () => {
    await expect(storage.put('t1/doc/broken', failing(randomBytes(1024)))).rejects.toThrow(
      'client went away',
    );
    expect(await storage.exists('t1/doc/broken')).toBe(false);
  });

  it('refuses keys that are not generated keys (traversal, NUL, upper case, empty)', async () => {
    for (const key of ['../etc/passwd', 't1/../../x', 'a\u0000b', 'UPPER', '', '/abs', 't1//x']) {
      await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toThrow(
        /Invalid storage key/,
      );
    }
  });
});
