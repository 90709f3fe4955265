import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseDatabaseUri } from '@/lib/database'
import { poolSize, replicaUris } from '@/lib/database/postgres'
import { resolvePayloadSecret } from '@/lib/config/secret'
import { bucketSettings } from '@/lib/storage/settings'

describe('DATABASE_URI', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(parseDatabaseUri(undefined)).toEqual({ engine: 'sqlite', url: 'file:./data/cms.db' })
    expect(parseDatabaseUri('  ')).toEqual({ engine: 'sqlite', url: 'file:./data/cms.db' })
  })

  it('takes file: URIs as SQLite', () => {
    expect(parseDatabaseUri('file:/var/lib/cms/site.db')).toEqual({
      engine: 'sqlite',
      url: 'file:/var/lib/cms/site.db',
    })
  })

  it('takes postgres:// and postgresql:// as PostgreSQL', () => {
    expect(parseDatabaseUri('postgres://cms:secret@db.internal:5432/cms')).toEqual({
      engine: 'postgres',
      url: 'postgres://cms:secret@db.internal:5432/cms',
    })
    expect(parseDatabaseUri('postgresql://cms@localhost/cms?sslmode=require').engine).toBe(
      'postgres',
    )
  })

  it('takes mongodb:// and mongodb+srv:// as MongoDB', () => {
    expect(parseDatabaseUri('mongodb://db:27017/cms?replicaSet=rs0').engine).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://user:pw@cluster.example.net/cms').engine).toBe('mongodb')
  })

  it('refuses anything else, naming the accepted forms without echoing credentials', () => {
    for (const uri of [
      'mysql://user:secret@db/cms',
      'sqlite:./x.db',
      './data/cms.db',
      'file:',
      'postgres://',
      'mongodb:/x',
    ]) {
      expect(() => parseDatabaseUri(uri), uri).toThrow(
        /file:.*postgres:\/\/.*postgresql:\/\/.*mongodb:\/\/.*mongodb\+srv:\/\//,
      )
    }
    expect(() => parseDatabaseUri('mysql://user:secret@db/cms')).toThrow(/^(?!.*secret)/)
  })
})

describe('PostgreSQL settings', () => {
  it('reads read replicas as a comma-separated list', () => {
    expect(replicaUris(undefined)).toEqual([])
    expect(replicaUris(' postgres://r1/cms , ,postgres://r2/cms')).toEqual([
      'postgres://r1/cms',
      'postgres://r2/cms',
    ])
  })

  it('takes a whole, positive pool size and refuses anything else, naming the variable', () => {
    expect(poolSize(undefined)).toBe(10)
    expect(poolSize('25')).toBe(25)
    for (const value of ['0', '-1', '2.5', 'many'])
      expect(() => poolSize(value), value).toThrow(/DATABASE_POOL_MAX/)
  })
})

describe('S3_* (object storage)', () => {
  it('keeps uploads on the local disk without S3_BUCKET', () => {
    expect(bucketSettings({})).toBeNull()
    expect(bucketSettings({ S3_BUCKET: ' ', S3_ENDPOINT: 'http://store:9000' })).toBeNull()
  })

  it('reads the bucket, endpoint, keys and path style, with checksums only where required', () => {
    expect(
      bucketSettings({
        S3_BUCKET: 'uploads',
        S3_ENDPOINT: 'http://store:9000',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'TRUE',
      }),
    ).toEqual({
      bucket: 'uploads',
      client: {
        region: 'us-east-1',
        endpoint: 'http://store:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    })
    expect(bucketSettings({ S3_BUCKET: 'b', S3_REGION: 'eu-central-1' })?.client).toMatchObject({
      region: 'eu-central-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    })
  })

  it('refuses a path style it does not know and half a key pair, naming the variables', () => {
    expect(() => bucketSettings({ S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /S3_FORCE_PATH_STYLE "yes".*true or false/,
    )
    expect(() => bucketSettings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    )
  })
})

describe('PAYLOAD_SECRET', () => {
  const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv
  const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))

  it('uses the configured secret when there is one', () => {
    const dir = tempDir()
    expect(resolvePayloadSecret(env({ PAYLOAD_SECRET: 'configured' }), dir)).toBe('configured')
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('otherwise generates a random one once, stores it 0600 under data/, and reuses it', () => {
    const dir = path.join(tempDir(), 'data')
    const first = resolvePayloadSecret(env({}), dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    const file = path.join(dir, 'payload-secret')
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(resolvePayloadSecret(env({}), dir)).toBe(first)
    expect(resolvePayloadSecret(env({}), path.join(tempDir(), 'data'))).not.toBe(first)
  })
})
