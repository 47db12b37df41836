import { Button, Text, View } from '@tarojs/components';

interface PagerProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  /** What is counted, e.g. 人. */
  unit: string;
  onPage: (page: number) => void;
}

/** Where a long list stands (共 N 人，第 p/P 页) and the way to the pages before and after it. */
export function Pager({ page, pageSize, total, unit, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total ? (page - 1) * pageSize + 1 : 0;
  const last = Math.min(total, page * pageSize);
  return (
    <View className="card" data-testid="pager">
      <Text className="text-block" data-testid="pager-status">
        共 {total} {unit}，第 {page}/{pages} 页（第 {first}-{last} {unit}）
      </Text>
      {pages > 1 ? (
        <View className="decision-row">
          <Button className="btn btn-plain" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            上一页
          </Button>
          <Button className="btn btn-plain" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            下一页
          </Button>
        </View>
      ) : null}
    </View>
  );
}
