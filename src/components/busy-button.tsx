import { Button, type ButtonProps } from '@tarojs/components';

type BusyButtonProps = Omit<ButtonProps, 'loading'> & {
  /** The action is in flight: the button is disabled and shows a spinner drawn by CSS. */
  busy: boolean;
};

/**
 * A button whose action can take a moment. Not Taro's `loading`: on H5 Taro's button inserts its spinner
 * element among the children React manages, and React then fails with `insertBefore` when the label
 * changes (issue 14, the report form). Here the spinner is a CSS pseudo-element (`.btn-busy` in app.css), so
 * the DOM holds only what React rendered.
 */
export function BusyButton({ busy, className, disabled, children, ...rest }: BusyButtonProps) {
  return (
    <Button
      {...rest}
      className={busy ? `${className ?? ''} btn-busy` : className}
      // Absent unless disabled: Taro's H5 button writes disabled={false} as disabled="false", which its own
      // [disabled] style greys out on buttons app.css does not restyle.
      {...(busy || disabled ? { disabled: true } : {})}
    >
      {children}
    </Button>
  );
}
