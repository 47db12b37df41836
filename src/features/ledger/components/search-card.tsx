import { useState, type ReactNode } from 'react';
import { Button, Input, View } from '@tarojs/components';

interface Props {
  /** The input's name (e2e and labels find it by it). */
  name: string;
  placeholder: string;
  /** Called with the trimmed text on 搜索 or the keyboard's confirm. */
  onSearch: (query: string) => void;
  testId?: string;
  /** What the search found, shown under it. */
  children?: ReactNode;
}

/** A ledger search: the text box and its 搜索 button (the staff ledger and the grid roster alike). */
export function SearchCard({ name, placeholder, onSearch, testId, children }: Props) {
  const [typed, setTyped] = useState('');
  const search = () => onSearch(typed.trim());
  return (
    <View className="card" data-testid={testId}>
      <Input
        className="field-input"
        name={name}
        value={typed}
        placeholder={placeholder}
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={search}
      />
      <Button className="btn btn-primary" onClick={search}>
        搜索
      </Button>
      {children}
    </View>
  );
}
