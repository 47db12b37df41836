import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import type { FileView } from '@types-contract/veteran/views';

const shown = (iso: string | null) => (iso ? dayjs(iso).add(8, 'hour').format('YYYY-MM-DD') : '');

/** Name, place, key groups and where the file stands with verification. */
export function FileSummary({ file }: { file: FileView }) {
  return (
    <View className="card" data-testid="file-summary">
      <Text className="card-title">{file.name}</Text>
      <Text className="text-block">{file.placeName}</Text>
      {file.keyGroups.length ? (
        <Text className="text-block">重点对象：{file.keyGroups.map((g) => g.label).join('、')}</Text>
      ) : null}
      <Text className="text-block">
        {file.verifiedAt ? `最近核实：${shown(file.verifiedAt)} ${file.verifiedByName}` : '尚未核实'}
        {file.overdue ? '（已到核实时间）' : ''}
      </Text>
      <Text className="muted">{file.complete ? '档案完整' : '档案待补全或待核实'}</Text>
    </View>
  );
}
