import { useCallback, useEffect, useState } from 'react';
import { fetchDemoPeople, type DemoPerson } from '../../lib/demo/people';
import type { CloudError } from '../../lib/cloud';
import { toCloudError } from '../../lib/cloud/use-query';

/** The demo people the local cloud seeded, for the sign-in page. */
export function useDemoPeople() {
  const [people, setPeople] = useState<DemoPerson[] | undefined>(undefined);
  const [error, setError] = useState<CloudError | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setError(undefined);
    fetchDemoPeople().then(
      (list) => current && setPeople(list),
      (e: unknown) => current && setError(toCloudError(e)),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { people, error, retry };
}
