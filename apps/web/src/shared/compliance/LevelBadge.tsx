import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplianceLevel } from '../../gql/graphql';

// Colour alone is not enough (WCAG 1.4.1): the badge always carries the level's name too.
// Shades chosen for at least 4.5:1 against their text colour (Mantine's green.9 reaches only 4.2:1).
export const LEVEL_COLORS: Record<ComplianceLevel, string> = { RED: '#b42318', AMBER: '#f5c400', GREEN: '#1e7a34' };
const TEXT: Record<ComplianceLevel, string> = { RED: '#ffffff', AMBER: '#1a1b1e', GREEN: '#ffffff' };

export const LevelBadge = ({ level, size = 'md' }: { level: ComplianceLevel; size?: 'sm' | 'md' | 'lg' }) => {
  const { t } = useTranslation();
  return (
    <Badge color={LEVEL_COLORS[level]} c={TEXT[level]} size={size} variant="filled" radius="sm">
      {t(`compliance.level.${level}`)}
    </Badge>
  );
};
