import { Text } from '@tarojs/components';
import type { MessageMention } from '@types-contract/groups/model';

/** Splits a message's text into plain runs and the @names it really mentions (not any "@" typed by hand). */
export function mentionRuns(text: string, mentions: MessageMention[]): { text: string; mention: boolean }[] {
  const names = [...new Set(mentions.map((m) => `@${m.name}`))].sort((a, b) => b.length - a.length);
  const runs: { text: string; mention: boolean }[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let hit = '';
    for (const n of names) {
      const i = rest.indexOf(n);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        hit = n;
      }
    }
    if (at < 0) {
      runs.push({ text: rest, mention: false });
      break;
    }
    if (at > 0) runs.push({ text: rest.slice(0, at), mention: false });
    runs.push({ text: hit, mention: true });
    rest = rest.slice(at + hit.length);
  }
  return runs;
}

/** A message's text, shown as text (never markup), with the people it @-mentions highlighted. */
export function MessageText({ text, mentions }: { text: string; mentions: MessageMention[] }) {
  return (
    <Text userSelect>
      {mentionRuns(text, mentions).map((r, i) =>
        r.mention ? (
          <Text key={i} className="mention">
            {r.text}
          </Text>
        ) : (
          r.text
        ),
      )}
    </Text>
  );
}
