"use client";

type Props = {
  /** The map's share of the width, in percent (20–80). */
  share: number;
  onShare: (share: number) => void;
};

const clamp = (share: number) => Math.min(80, Math.max(20, share));

/** The separator between the text and the map: drag it, or use the arrow keys, to share the width. */
export function SplitHandle({ share, onShare }: Props) {
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize text and map"
      aria-valuemin={20}
      aria-valuemax={80}
      aria-valuenow={share}
      tabIndex={0}
      className="split-handle"
      onKeyDown={(event) => {
        if (event.key === "ArrowLeft") onShare(clamp(share + 5));
        if (event.key === "ArrowRight") onShare(clamp(share - 5));
      }}
      onPointerDown={(event) => {
        const box = event.currentTarget.parentElement!.getBoundingClientRect();
        const move = (e: PointerEvent) => onShare(Math.round(clamp(((box.right - e.clientX) / box.width) * 100)));
        const up = () => {
          window.removeEventListener("pointermove", move);
          window.removeEventListener("pointerup", up);
        };
        window.addEventListener("pointermove", move);
        window.addEventListener("pointerup", up);
      }}
    />
  );
}
