// Disables every enabled control under `root` while a change is under way; the returned function
// enables exactly those again (controls that were disabled before stay so).
export function holdControls(root) {
  const held = [...root.querySelectorAll('input, button, select, textarea')].filter((control) => !control.disabled);
  for (const control of held) control.disabled = true;
  return () => {
    for (const control of held) if (control.isConnected) control.disabled = false;
  };
}
