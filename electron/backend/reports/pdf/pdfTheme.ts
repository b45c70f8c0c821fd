import { StyleSheet } from '@react-pdf/renderer';
import { bandFor, fraction, type BandKey } from '../../../../shared/framework';

// The report's look: the app's palette made for paper (band colours as in the app, with
// light tints behind numbers), one type scale, generous white space.

export const COLORS = {
  ink: '#1d1f21',
  muted: '#5d6166',
  faint: '#8a8f95',
  rule: '#d5d6d2',
  panel: '#f4f4f1',
  accent: '#2456c8',
  white: '#ffffff',
};

export const BAND_COLORS: Record<BandKey, { solid: string; tint: string }> = {
  blocked: { solid: '#b42318', tint: '#f4d3cf' },
  at_risk: { solid: '#a86400', tint: '#f8e4c2' },
  nearly: { solid: '#2456c8', tint: '#d8e1f5' },
  ready: { solid: '#1f7a3a', tint: '#cee2d4' },
};

/** The band a percentage in tenths falls in (the same thresholds as the headline's bands). */
export const bandOfTenths = (tenths: number): BandKey => bandFor(fraction(tenths, 1000)).key;

export const PAGE_PADDING = { top: 64, bottom: 56, side: 44 };
/** A4 in points. */
export const A4_HEIGHT = 842;

export const styles = StyleSheet.create({
  page: {
    paddingTop: PAGE_PADDING.top,
    paddingBottom: PAGE_PADDING.bottom,
    paddingHorizontal: PAGE_PADDING.side,
    fontSize: 9.5,
    color: COLORS.ink,
  },
  // No lineHeight on the page: inherited by the fixed footer it pushes it off the page
  // (react-pdf 4.9) and "Page N of M" silently vanishes. Noto Sans' own line gap is ~1.36.
  body: {},
  header: {
    position: 'absolute',
    top: 24,
    left: PAGE_PADDING.side,
    right: PAGE_PADDING.side,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.rule,
    paddingBottom: 6,
    fontSize: 8,
    color: COLORS.muted,
  },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: PAGE_PADDING.side,
    right: PAGE_PADDING.side,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8,
    color: COLORS.muted,
  },
  brand: { fontWeight: 700, color: COLORS.accent },
  h1: { fontSize: 22, fontWeight: 700, lineHeight: 1.2, marginBottom: 4 },
  h2: {
    fontSize: 13,
    fontWeight: 700,
    marginTop: 12,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.rule,
  },
  h3: { fontSize: 10.5, fontWeight: 700, marginTop: 10, marginBottom: 3 },
  muted: { color: COLORS.muted },
  small: { fontSize: 8, color: COLORS.muted },
  row: { flexDirection: 'row' },
  panel: { backgroundColor: COLORS.panel, borderRadius: 4, padding: 10 },
  pending: { color: COLORS.muted, fontStyle: 'normal' },
  label: {
    fontSize: 7.5,
    color: COLORS.muted,
    textTransform: 'uppercase',
    letterSpacing: 0.6,
    marginBottom: 3,
  },
  tableHead: {
    flexDirection: 'row',
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.ink,
    paddingBottom: 3,
    marginBottom: 2,
    fontWeight: 700,
    fontSize: 8.5,
  },
  tableRow: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.rule,
    paddingVertical: 3,
  },
  mono: { fontSize: 7.5, color: COLORS.muted },
});
