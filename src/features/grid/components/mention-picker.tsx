import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { MemberView } from '@types-contract/groups/views';
import { BottomSheet } from '../../../components/bottom-sheet';

interface MentionPickerProps {
  /** The group's members without the caller (the server leaves them out). */
  members: MemberView[] | undefined;
  onPick: (member: MemberView) => void;
  onClose: () => void;
}

/** 选择要提醒的人: a sheet over the chat, with a search box for the grid's many names. */
export function MentionPicker({ members, onPick, onClose }: MentionPickerProps) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const shown = (members ?? []).filter((m) => !q || m.name.includes(q) || m.label.includes(q));
  return (
    <BottomSheet title="选择要提醒的人" testId="mention-picker" onClose={onClose}>
      <Input
        className="field-input"
        name="mention-search"
        value={query}
        placeholder="输入姓名查找"
        aria-label="输入姓名查找"
        onInput={(e) => setQuery(e.detail.value)}
      />
      {members === undefined ? <Text className="muted">正在加载成员…</Text> : null}
      {members && !shown.length ? <Text className="muted">没有找到「{q}」</Text> : null}
      {shown.map((m) => (
        <View key={m.key} className="list-item list-item-link" data-testid="mention-option" onClick={() => onPick(m)}>
          <Text className="text-block">{m.name}</Text>
          <Text className="muted">{m.label}</Text>
        </View>
      ))}
    </BottomSheet>
  );
}
