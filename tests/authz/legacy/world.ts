import type { LocalCloud } from '../../../localcloud';
import type { VeteranDoc } from '../../../types/veteran/model';

/**
 * What rows may ask of the seeded tiny demo district to build their inputs: documents found by a
 * filter straight from the local cloud's store (not through the code under test).
 */
export class World {
  constructor(readonly cloud: LocalCloud) {}

  find<T = Record<string, unknown>>(collection: string, filter: object, limit = 1): T[] {
    return this.cloud.db.browse(collection, JSON.stringify(filter), 0, limit).docs as T[];
  }

  one<T = Record<string, unknown>>(collection: string, filter: object): T {
    const [doc] = this.find<T>(collection, filter);
    if (!doc) throw new Error(`authz world: no ${collection} matching ${JSON.stringify(filter)}`);
    return doc;
  }

  async veteranOf(openid: string): Promise<VeteranDoc> {
    return this.one<VeteranDoc>('veterans', { openid });
  }

  async boundStaffOpenid(filter: { role: string; orgId: string }): Promise<string> {
    return this.one<{ openid: string }>('staff', { ...filter, status: 'active', openid: { $type: 'string' } }).openid;
  }
}
