// The print button on a case's method tools page opens the browser's print dialog.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-print-page]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
});
