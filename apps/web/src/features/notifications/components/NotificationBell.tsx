import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../../shared/format/useFormat';
import { useNotifications } from '../hooks/useNotifications';

const BellIcon = () => (
  <svg
    width="20"
    height="20"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    aria-hidden="true"
  >
    <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
    <path d="M13.73 21a2 2 0 0 1-3.46 0" />
  </svg>
);

/** The header's bell: the unread count, the latest notifications, and a link to the notification settings. */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { unread, items, error, markRead } = useNotifications();
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  return (
    <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)}>
          <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={2}>
            <BellIcon />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('notifications.bell')}>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('notifications.bell')}</Text>
          <Anchor component={Link} to="/settings/notifications" size="sm" onClick={() => setOpened(false)}>
            {t('notifications.settings')}
          </Anchor>
        </Group>
        {error ? (
          <Text size="sm" c="red">
            {t('notifications.loadError')}
          </Text>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360}>
            <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.map((item) => (
                <li key={item.id}>
                  <Button
                    variant={item.readAt ? 'subtle' : 'light'}
                    fullWidth
                    justify="flex-start"
                    h="auto"
                    py={6}
                    styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                    onClick={() => {
                      setOpened(false);
                      if (!item.readAt) void markRead([item.id]);
                      void navigate(item.link);
                    }}
                  >
                    <Stack gap={0}>
                      <Text size="sm" fw={item.readAt ? 400 : 600}>
                        {item.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {format.dateTime(item.createdAt)}
                      </Text>
                    </Stack>
                  </Button>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        {unread > 0 ? (
          <Button variant="subtle" size="xs" mt="xs" onClick={() => void markRead(null)}>
            {t('notifications.markAll')}
          </Button>
        ) : null}
      </Popover.Dropdown>
    </Popover>
  );
};
