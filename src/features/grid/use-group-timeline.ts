import { useCallback, useEffect, useRef, useState } from 'react';
import { groupHistory, markGroupRead, openGroup, syncGroup } from '@types-contract/groups/contracts';
import type { GroupView, TimelineItem } from '@types-contract/groups/views';
import { callAction, type CloudError } from '../../lib/cloud';
import { toCloudError } from '../../lib/cloud/use-query';
import { refreshTabBadges } from '../../lib/badges/use-tab-badges';

const POLL_MS = 5_000;

/**
 * A group's timeline while it is open: the latest page, then polling for changes (new, recalled,
 * withdrawn) with the sync cursor, older pages on demand; what was shown is marked read.
 */
export function useGroupTimeline(groupId: string) {
  const [group, setGroup] = useState<GroupView | null>(null);
  const [items, setItems] = useState<Map<string, TimelineItem>>(new Map());
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const cursor = useRef('');
  const lastRead = useRef('');

  const merge = useCallback((incoming: TimelineItem[]) => {
    if (!incoming.length) return;
    setItems((prev) => {
      const next = new Map(prev);
      for (const it of incoming) next.set(it.key, it);
      return next;
    });
  }, []);

  const markRead = useCallback(
    (incoming: TimelineItem[]) => {
      const newest = incoming.reduce((k, it) => (it.key > k ? it.key : k), lastRead.current);
      if (newest > lastRead.current) {
        lastRead.current = newest;
        // The 网格 badge follows at once: what is open on screen is read.
        void callAction(markGroupRead, { groupId, key: newest }).then(refreshTabBadges, () => undefined);
      }
    },
    [groupId],
  );

  useEffect(() => {
    let alive = true;
    setItems(new Map());
    setGroup(null);
    setError(null);
    callAction(openGroup, { groupId }).then(
      (res) => {
        if (!alive) return;
        setGroup(res.group);
        setHasMore(res.hasMore);
        cursor.current = res.cursor;
        merge(res.items);
        markRead(res.items);
      },
      (err: unknown) => alive && setError(toCloudError(err)),
    );
    const timer = setInterval(() => {
      if (!cursor.current) return;
      callAction(syncGroup, { groupId, cursor: cursor.current }).then(
        (res) => {
          if (!alive) return;
          cursor.current = res.cursor;
          setGroup(res.group);
          merge(res.items);
          markRead(res.items);
        },
        () => undefined,
      );
    }, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [groupId, merge, markRead]);

  const sorted = [...items.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const loadOlder = useCallback(async () => {
    const oldest = sorted[0]?.key;
    if (!oldest) return;
    const res = await callAction(groupHistory, { groupId, before: oldest });
    setHasMore(res.hasMore);
    merge(res.items);
  }, [groupId, merge, sorted]);

  return {
    group,
    setGroup,
    items: sorted,
    hasMore,
    error,
    loadOlder,
    add: (it: TimelineItem) => {
      merge([it]);
      markRead([it]);
    },
  };
}
