/** @jest-environment node */
/**
 * The collections and indexes are declared per feature (localcloud/indexes/<feature>.ts) and gathered into
 * COLLECTION_INDEXES, the list the local cloud creates and the deployment applies. Gathering by spread would
 * let a collection declared by two features silently keep only the last declaration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_INDEXES } from '../../../localcloud/indexes';
import type { CollectionIndexes } from '../../../localcloud/db/types';

const DIR = path.resolve(__dirname, '../../../localcloud/indexes');
const features: [string, CollectionIndexes][] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => {
    const mod = require(path.join(DIR, f)) as Record<string, CollectionIndexes>;
    return [f, Object.values(mod)[0]];
  });

it('every collection is declared by exactly one feature file, and the list holds them all', () => {
  const declared = features.flatMap(([file, cols]) => Object.keys(cols).map((c) => `${c} (${file})`));
  const names = declared.map((d) => d.split(' ')[0]);
  expect(declared.filter((_, i) => names.indexOf(names[i]) !== i)).toEqual([]);
  expect(names.sort()).toEqual(Object.keys(COLLECTION_INDEXES).sort());
});

it('the split kept the 55 collections and 129 indexes of the single file it replaced (as merged from main), plus activitySignups.status_updated, volunteerHonours.veteran_date, the jobs collection (jobs.fn_status_created) and the dashboard activity rollups (activityMonthly with parent_year, org_year, street; staff.street_veteran, activities.organiser_street, partyMeetings.street_status), and for merging duplicate files the mergedFiles archive and visitTasks.veteran; volunteers by district and grid (the 志愿者名册 of any node, newest first) and activitySignups.releasing; volunteerTeams (org_name, district, street, community) and teamMembers (team_status, veteran); activities.seats_freed (free seats the timer fills); accounts.proxy_for, proxyCodes.veteran_unused and registrations.candidate_status (what follows a merged file)', () => {
  const indexes = Object.values(COLLECTION_INDEXES).reduce((n, ix) => n + ix.length, 0);
  expect([Object.keys(COLLECTION_INDEXES).length, indexes]).toEqual([62, 153]);
});

it('index names are unique within a collection', () => {
  const twice = Object.entries(COLLECTION_INDEXES).flatMap(([c, ix]) =>
    ix.filter((x, i) => ix.findIndex((y) => y.name === x.name) !== i).map((x) => `${c}.${x.name}`),
  );
  expect(twice).toEqual([]);
});
