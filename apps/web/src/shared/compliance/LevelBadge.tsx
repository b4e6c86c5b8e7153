import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplianceLevel } from '../../gql/graphql';

// Colour alone is not enough (WCAG 1.4.1): the badge always carries the level's name too.
// Shades chosen for at least 4.5:1 against their text colour (Mantine's green.9 reaches only 4.2:1).
export const LEVEL_COLORS: Record<ComplianceLevel, string> = {
  RED: '#b42318',
  AMBER: '#f5c400',
  GREEN: '#1e7a34',
};
const TEXT: Record<ComplianceLevel, string> = { RED: '#ffffff', AMBER: '#1a1b1e', GREEN: '#ffffff' };

type LevelBadgeProps = { level: ComplianceLevel; size?: 'sm' | 'md' | 'lg' };

/** The badge with its label given: for long lists that translate once for all rows. */
export const LevelBadgeView = ({ level, label, size = 'md' }: LevelBadgeProps & { label: string }) => (
  <Badge color={LEVEL_COLORS[level]} c={TEXT[level]} size={size} variant="filled" radius="sm">
    {label}
  </Badge>
);

export const LevelBadge = ({ level, size = 'md' }: LevelBadgeProps) => {
  const { t } = useTranslation();
  return <LevelBadgeView level={level} size={size} label={t(`compliance.level.${level}`)} />;
};
