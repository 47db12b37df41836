import { Text, View } from '@tarojs/components';
import type { FileField } from '@types-contract/veteran/fields';
import type { FileView } from '@types-contract/veteran/views';

interface FileSectionsProps {
  file: FileView;
  /** When given, each field a veteran may correct is a row to tap (更正 ›) that opens the correction. */
  onCorrect?: (field: FileField, label: string, value: string) => void;
}

/** A file's sections and fields as everyone reads them: numbers masked, empty fields said so. */
export function FileSections({ file, onCorrect }: FileSectionsProps) {
  return (
    <View data-testid="file-sections">
      {onCorrect ? <Text className="text-block muted hint-line">哪一项不对，点它即可申请更正。</Text> : null}
      {file.sections.map((section) => (
        <View key={section.section} className="card">
          <Text className="card-title">
            {section.label}
            {section.required && !section.filled ? '（待补全）' : ''}
          </Text>
          {section.fields.map((f) => {
            const correctable = Boolean(onCorrect) && !f.staffOnly;
            return (
              <View
                key={f.field}
                className={`list-item${correctable ? ' list-item-link' : ''}`}
                data-field={f.field}
                role={correctable ? 'button' : undefined}
                aria-label={correctable ? `申请更正${f.label}` : undefined}
                onClick={correctable ? () => onCorrect?.(f.field, f.label, f.value) : undefined}
              >
                <View>
                  <Text className="muted">{f.label}</Text>
                  <Text className="text-block">{f.value || '未填写'}</Text>
                </View>
                {correctable ? <Text className="link-hint">更正 ›</Text> : null}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}
