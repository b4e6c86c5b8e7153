import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, FileNotFoundError, type FileStorage } from './file-storage';

export type S3StorageOptions = { bucket: string; prefix?: string; client: S3ClientConfig };

/**
 * Any S3-compatible store. An upload is spooled to a temporary file first, so that S3 gets its length and only
 * complete files are ever stored.
 */
export class S3FileStorage implements FileStorage {
  private readonly s3: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    // Checksums only where S3 requires them: many S3-compatible stores do not understand the SDK's default
    // aws-chunked uploads with trailing checksums (we hash every file ourselves anyway).
    this.s3 = new S3Client({
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...options.client,
    });
  }

  private key(key: string): string {
    return `${this.options.prefix ?? ''}${assertStorageKey(key)}`;
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const dir = await mkdtemp(join(tmpdir(), 'klarsicht-s3-'));
    const spool = join(dir, 'upload');
    try {
      await pipeline(body, createWriteStream(spool, { mode: 0o600 }));
      const { size } = await stat(spool);
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: this.key(key),
          Body: createReadStream(spool),
          ContentLength: size,
        }),
      );
      return { size };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const result = await this.s3.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(key) }),
      );
      return result.Body as Readable;
    } catch (error) {
      if (isMissing(error)) throw new FileNotFoundError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.key(key) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(key) }));
  }

  destroy(): void {
    this.s3.destroy();
  }
}

const isMissing = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
};
