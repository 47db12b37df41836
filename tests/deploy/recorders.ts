/**
 * Recorders for the two clients a deployment uses (the only fakes in these tests: WeChat Cloud and
 * Tencent's management API cannot be reached from here). They keep the state a real environment would
 * (functions with timeout, variables and triggers; collections with indexes and rules; the storage rule)
 * and record every call with its arguments, under the real packages' method names.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DeployClients } from '../../scripts/deploy/clients';

export interface RecordedCall {
  client: 'manager-node' | 'miniprogram-ci';
  method: string;
  args: unknown[];
}

interface RemoteFunction {
  Timeout: number;
  Runtime: string;
  Variables: Record<string, string>;
  Triggers: { TriggerName: string; Type: string; TriggerDesc: string }[];
  /** index.js as last uploaded. */
  code: string;
}

interface RemoteIndex {
  Name: string;
  Unique: boolean;
  Keys: { Name: string; Direction: string }[];
}

const MUTATING = new Set([
  'functions.createFunction',
  'functions.updateFunctionConfig',
  'functions.deleteFunctionTrigger',
  'database.createCollection',
  'database.updateCollection',
  'ModifySafeRule',
  'storage.setStorageAcl',
  'cloud.uploadFunction',
  'cloud.createTimeTrigger',
]);

export class CloudRecorder {
  calls: RecordedCall[] = [];
  functions = new Map<string, RemoteFunction>();
  collections = new Map<string, { indexes: RemoteIndex[]; acl: string }>();
  /** WeChat Cloud's default for a new environment's storage: everyone reads, the creator writes. */
  storageAcl = 'READONLY';
  /**
   * Fields of a collection whose data holds one value twice: a unique index on them is refused, as
   * CloudBase (MongoDB) refuses to build one over duplicate keys.
   */
  duplicated = new Map<string, string[]>();

  /** The calls that change something in the environment. */
  writes(): RecordedCall[] {
    return this.calls.filter((c) => MUTATING.has(c.method));
  }

  clear(): void {
    this.calls = [];
  }

  clients(): DeployClients {
    const rec = (client: RecordedCall['client'], method: string, args: unknown[]) =>
      this.calls.push({ client, method, args });
    const notFound = (what: string) =>
      Object.assign(new Error(`[${what}] ResourceNotFound.Function 未找到指定的 Function`), {
        code: 'ResourceNotFound.Function',
      });
    const manager = {
      functions: {
        getFunctionDetail: async (name: string) => {
          rec('manager-node', 'functions.getFunctionDetail', [name]);
          const fn = this.functions.get(name);
          if (!fn) throw notFound(name);
          return {
            FunctionName: name,
            Runtime: fn.Runtime,
            Timeout: fn.Timeout,
            Environment: { Variables: Object.entries(fn.Variables).map(([Key, Value]) => ({ Key, Value })) },
            Triggers: fn.Triggers.map((t) => ({ ...t, Name: t.TriggerName, Config: t.TriggerDesc })),
          };
        },
        createFunction: async (param: {
          func: { name: string; timeout?: number; runtime?: string; envVariables?: Record<string, string> };
          functionRootPath?: string;
        }) => {
          rec('manager-node', 'functions.createFunction', [param]);
          const dir = path.join(param.functionRootPath as string, param.func.name);
          this.functions.set(param.func.name, {
            Timeout: param.func.timeout ?? 3,
            Runtime: param.func.runtime ?? 'Nodejs10.15',
            Variables: { ...param.func.envVariables },
            Triggers: [],
            code: fs.readFileSync(path.join(dir, 'index.js'), 'utf8'),
          });
          return { RequestId: 'r' };
        },
        updateFunctionConfig: async (func: {
          name: string;
          timeout?: number;
          envVariables?: Record<string, string>;
        }) => {
          rec('manager-node', 'functions.updateFunctionConfig', [func]);
          const fn = this.functions.get(func.name);
          if (!fn) throw notFound(func.name);
          if (func.timeout !== undefined) fn.Timeout = func.timeout;
          // SCF replaces the whole set of variables.
          if (func.envVariables) fn.Variables = { ...func.envVariables };
          return { RequestId: 'r' };
        },
        deleteFunctionTrigger: async (name: string, triggerName: string) => {
          rec('manager-node', 'functions.deleteFunctionTrigger', [name, triggerName]);
          const fn = this.functions.get(name);
          if (fn) fn.Triggers = fn.Triggers.filter((t) => t.TriggerName !== triggerName);
          return { RequestId: 'r' };
        },
      },
      database: {
        createCollectionIfNotExists: async (name: string) => {
          rec('manager-node', 'database.createCollectionIfNotExists', [name]);
          const exists = this.collections.has(name);
          if (!exists) {
            rec('manager-node', 'database.createCollection', [name]);
            // The console's default rule for a new collection: only the creator reads and writes.
            this.collections.set(name, {
              indexes: [{ Name: '_id_', Unique: true, Keys: [{ Name: '_id', Direction: '1' }] }],
              acl: 'PRIVATE',
            });
          }
          return { RequestId: 'r', IsCreated: !exists, ExistsResult: { RequestId: 'r', Exists: exists } };
        },
        describeCollection: async (name: string) => {
          rec('manager-node', 'database.describeCollection', [name]);
          const c = this.collections.get(name);
          if (!c) throw new Error(`collection ${name} does not exist`);
          return {
            RequestId: 'r',
            Indexes: c.indexes.map((ix) => ({ ...ix, Size: 0, Accesses: { Ops: 0, Since: '' } })),
            IndexNum: c.indexes.length,
          };
        },
        updateCollection: async (
          name: string,
          info: {
            CreateIndexes?: {
              IndexName: string;
              MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean };
            }[];
            DropIndexes?: { IndexName: string }[];
          },
        ) => {
          rec('manager-node', 'database.updateCollection', [name, info]);
          const c = this.collections.get(name);
          if (!c) throw new Error(`collection ${name} does not exist`);
          for (const drop of info.DropIndexes ?? []) c.indexes = c.indexes.filter((ix) => ix.Name !== drop.IndexName);
          for (const ix of info.CreateIndexes ?? []) {
            if (c.indexes.some((e) => e.Name === ix.IndexName)) throw new Error(`index ${ix.IndexName} exists`);
            const dup = this.duplicated.get(name) ?? [];
            if (ix.MgoKeySchema.MgoIsUnique && ix.MgoKeySchema.MgoIndexKeys.every((k) => dup.includes(k.Name)))
              throw new Error('[DATABASE_DUPLICATE_WRITE] E11000 duplicate key error');
            c.indexes.push({
              Name: ix.IndexName,
              Unique: ix.MgoKeySchema.MgoIsUnique,
              Keys: ix.MgoKeySchema.MgoIndexKeys,
            });
          }
          return { RequestId: 'r' };
        },
      },
      storage: {
        getStorageAcl: async () => {
          rec('manager-node', 'storage.getStorageAcl', []);
          return this.storageAcl;
        },
        setStorageAcl: async (acl: string) => {
          rec('manager-node', 'storage.setStorageAcl', [acl]);
          this.storageAcl = acl;
          return { RequestId: 'r' };
        },
      },
      commonService: (service?: string, version?: string) => ({
        call: async ({ Action, Param }: { Action: string; Param: Record<string, unknown> }) => {
          rec('manager-node', Action, [service, version, Param]);
          const c = this.collections.get(Param.CollectionName as string);
          if (!c) throw new Error(`collection ${String(Param.CollectionName)} does not exist`);
          if (Action === 'DescribeSafeRule') return { AclTag: c.acl, RequestId: 'r' };
          if (Action === 'ModifySafeRule') {
            c.acl = Param.AclTag as string;
            return { RequestId: 'r' };
          }
          throw new Error(`unexpected action ${Action}`);
        },
      }),
    };
    const ci = {
      project: { appid: 'wx1234567890abcdef' },
      cloud: {
        uploadFunction: async (options: { env: string; name: string; path: string; remoteNpmInstall: boolean }) => {
          rec('miniprogram-ci', 'cloud.uploadFunction', [{ ...options, project: '<project>' }]);
          const fn = this.functions.get(options.name);
          if (!fn) throw new Error('miniprogram-ci would create it with Nodejs8.9 and 3 s: not expected here');
          fn.code = fs.readFileSync(path.join(options.path, 'index.js'), 'utf8');
          return { filesCount: 3, packSize: fn.code.length };
        },
        createTimeTrigger: async (options: {
          envId: string;
          functionName: string;
          triggersConfig: { name: string; type: string; config: string }[];
        }) => {
          rec('miniprogram-ci', 'cloud.createTimeTrigger', [{ ...options, project: '<project>' }]);
          const fn = this.functions.get(options.functionName);
          if (!fn) return '请检查传入的 triggersConfig 是否符合格式';
          for (const t of options.triggersConfig)
            fn.Triggers.push({ TriggerName: t.name, Type: t.type, TriggerDesc: JSON.stringify({ cron: t.config }) });
          return '创建定时触发器成功';
        },
      },
    };
    return { manager, ci } as unknown as DeployClients;
  }
}
