import { act } from '@testing-library/react';

/** Types into a Taro <Input name=...>: H5 renders it as <taro-input-core>, which reports input as a custom event. */
export function typeInto(container: HTMLElement, name: string, value: string): void {
  const input = container.querySelector(`taro-input-core[name="${name}"]`);
  if (!input) throw new Error(`no input named ${name}`);
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}
