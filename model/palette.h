// palette.h — the colours and type sizes every view and every exported chart share, so that a chart
// looks the same in the application, in a PNG, an SVG, a PDF and on a projector.
//
// Score and risk colours use a colour-blind-safe sequential scale (ColorBrewer "YlOrRd"-like steps
// checked for deuteranopia and protanopia distinguishability by lightness); every colour-coded value
// is also printed as a number or a label, never shown by colour alone.
#pragma once

#include <QColor>

namespace rb::palette {

// Success-factor score 1 (under control) .. 5 (not under control); index 0 = not assessed.
inline QColor score(int s)
{
    switch (s) {
    case 1:
        return QColor(0xff, 0xff, 0xcc);
    case 2:
        return QColor(0xfe, 0xd9, 0x76);
    case 3:
        return QColor(0xfd, 0x8d, 0x3c);
    case 4:
        return QColor(0xe3, 0x1a, 0x1c);
    case 5:
        return QColor(0x80, 0x00, 0x26);
    default:
        return QColor(0xf0, 0xf0, 0xf0); // not assessed: light grey, drawn with a hatch/dash
    }
}
// Text colour readable on score(s).
inline QColor onScore(int s) { return s >= 4 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20); }

// Risk exposure = probability × impact, 1..25, mapped onto the same five steps.
inline int exposureStep(int exposure)
{
    return exposure >= 20 ? 5 : exposure >= 12 ? 4 : exposure >= 6 ? 3 : exposure >= 3 ? 2 : exposure >= 1 ? 1 : 0;
}

// Themes 1..5 (Okabe–Ito colours, distinguishable for colour-blind viewers).
inline QColor theme(int t)
{
    switch (t) {
    case 1:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case 2:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case 3:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case 4:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case 5:
        return QColor(0x00, 0x72, 0xb2); // blue
    default:
        return QColor(0x99, 0x99, 0x99);
    }
}

inline QColor critical() { return QColor(0xd5, 0x5e, 0x00); }       // vermillion: the critical path
inline QColor external() { return QColor(0x66, 0x66, 0x66); }       // posts outside the programme
inline QColor baseline() { return QColor(0xb0, 0xb0, 0xb0, 0x90); } // ghosted baseline in what-if
inline QColor slip() { return QColor(0xd5, 0x5e, 0x00); }
inline QColor absorbed() { return QColor(0x00, 0x9e, 0x73); }
inline QColor today() { return QColor(0x00, 0x72, 0xb2); }
inline QColor text() { return QColor(0x1a, 0x1a, 0x1a); }
inline QColor mutedText() { return QColor(0x5a, 0x5a, 0x5a); }
inline QColor grid() { return QColor(0xdd, 0xdd, 0xdd); }
inline QColor background() { return QColor(Qt::white); }
inline QColor previous() { return QColor(0x99, 0x99, 0x99); } // previous assessment overlay
inline QColor current() { return QColor(0x00, 0x72, 0xb2); }  // current assessment

// Point sizes at 1920×1080, readable from the back of a meeting room.
inline constexpr int kTitlePt = 28;
inline constexpr int kLabelPt = 16;
inline constexpr int kSmallPt = 13;
inline constexpr const char *kFontFamily = "DejaVu Sans";

} // namespace rb::palette
