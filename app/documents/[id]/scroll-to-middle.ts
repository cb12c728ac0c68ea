const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The element's middle lies in the middle half of the viewport. */
function settled(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const middle = box.top + box.height / 2;
  return middle > innerHeight / 4 && middle < (innerHeight * 3) / 4;
}

/**
 * Scrolls the page until `element` sits in the middle of the viewport. The
 * article's blocks are laid out only near the viewport (content-visibility:
 * auto); until then they count at an estimated height, so a jump to a
 * distant passage lands short of it once the blocks it passes are laid out.
 * Nearby passages scroll smoothly; a distant one is jumped to, and jumped
 * to again after each frame that moved it, a few times at most.
 */
export async function scrollToMiddle(element: HTMLElement): Promise<void> {
  const box = element.getBoundingClientRect();
  if (box.bottom > -innerHeight && box.top < innerHeight * 2) {
    element.scrollIntoView({ block: "center", behavior: "smooth" });
    return;
  }
  for (let jump = 0; jump < 6; jump++) {
    element.scrollIntoView({ block: "center" });
    await nextFrame();
    await nextFrame();
    if (settled(element)) return;
  }
}
