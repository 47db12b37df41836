/** H5: the browser's print dialog (print to paper or save as PDF); the print stylesheet hides the app chrome. */
export function printPage(): void {
  window.print();
}

export const PRINT_LABEL = '打印或保存为PDF';
