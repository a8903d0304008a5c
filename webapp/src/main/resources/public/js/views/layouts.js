export async function layoutsView() {
  return [document.createElement('section')];
}
