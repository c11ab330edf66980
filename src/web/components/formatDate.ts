import dayjs from 'dayjs';

// Times are stored in UTC and shown in the browser's zone (for our users: Asia/Shanghai).
export const formatDateTime = (value: string | null | undefined): string => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');

export const formatDate = (value: string | null | undefined): string => (value ? dayjs(value).format('YYYY-MM-DD') : '');
