import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: small, with Indonesian labels (the main process has no i18next;
 * these few labels are the only UI text outside renderer/i18n). Roles do the work, so no
 * item runs app code. Reload and developer tools only in development builds.
 */
export function buildMenuTemplate(opts: { isPackaged: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Ukuran Asli' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar Penuh' },
  ];
  if (!opts.isPackaged) {
    view.push({ type: 'separator' }, { role: 'reload', label: 'Muat Ulang' }, { role: 'toggleDevTools', label: 'Alat Pengembang' });
  }
  return [
    ...(mac ? [{ role: 'appMenu' as const, label: 'Pendamping' }] : []),
    { label: 'Berkas', submenu: [mac ? { role: 'close', label: 'Tutup Jendela' } : { role: 'quit', label: 'Keluar' }] },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
    { label: 'Jendela', submenu: [{ role: 'minimize', label: 'Perkecil Jendela' }] },
  ];
}
