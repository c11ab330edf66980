import { CompressOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Space, Switch, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountContacts, useUpdateContact } from '../../../api/contacts.queries.ts';
import type { AccountDetail, Contact } from '../../../api/types.ts';
import { codeLabel } from '../../../components/codeLabels.ts';
import { useApiErrorHandler } from '../../../hooks/useApiErrorHandler.ts';
import { useIsPhone } from '../../../hooks/useIsPhone.ts';
import { errorText } from '../../../i18n/errorText.ts';
import { ATTITUDE_COLORS, attitudeColors } from '../attitudeColors.ts';
import { ContactFormDrawer } from '../ContactFormDrawer.tsx';
import { chartLevels, orgChart, wouldLoop, type OrgNode } from './orgChart.ts';
import { RelationshipGraph, type MapNode, type RelationshipGraphHandle } from './RelationshipGraph.tsx';

type Props = { account: AccountDetail; canEdit: boolean };

function toMapNode(t: TFunction, node: OrgNode, contact: Contact | undefined): MapNode {
  const colors = attitudeColors(node.attitude);
  const people = node.ourPeople.map((p) => `${p.name} ${'★'.repeat(p.strength)}`);
  return {
    id: node.id,
    size: node.size,
    label: [node.name + (node.isLeft ? ` (${t('contacts.left')})` : ''), node.title].filter(Boolean).join('\n'),
    badge: node.decisionStyle ? codeLabel(t, 'contact.decisionStyle', node.decisionStyle) : null,
    footer: node.ourPeople.length > 0 ? t('map.ourPeopleShort', { name: node.ourPeople[0].name, more: node.ourPeople.length > 1 ? ` +${node.ourPeople.length - 1}` : '' }) : null,
    fill: colors.fill,
    stroke: colors.stroke,
    isLeft: node.isLeft,
    tooltip: {
      title: [node.name, node.title].filter(Boolean).join(' · '),
      lines: [
        contact?.department ? `${t('contact.field.department')}${t('common.colon')}${contact.department}` : null,
        `${t('contact.field.buyingRole')}${t('common.colon')}${codeLabel(t, 'contact.buyingRole', contact?.buyingRole)}`,
        `${t('contact.field.attitude')}${t('common.colon')}${codeLabel(t, 'contact.attitude', node.attitude)}`,
        `${t('contact.field.influence')}${t('common.colon')}${node.influence ? '★'.repeat(node.influence) : '—'}`,
        node.decisionStyle ? `${codeLabel(t, 'contact.decisionStyle', node.decisionStyle)}${t('common.colon')}${t(`contact.decisionAdvice.${node.decisionStyle}`)}` : null,
        `${t('contacts.ourPeople')}${t('common.colon')}${people.length > 0 ? people.join(t('common.listSeparator')) : '—'}`,
      ].filter((line): line is string => line !== null),
    },
  };
}

// 关系图 (ARC-3): the customer's org chart from reports-to, coloured by attitude, sized by
// influence, with the decision style and our people who know each contact.
export function RelationshipMapTab({ account, canEdit }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const isPhone = useIsPhone();
  const [isIncludingLeft, setIncludingLeft] = useState(false);
  const contacts = useAccountContacts(account.id, true);
  const updateContact = useUpdateContact();
  const handleError = useApiErrorHandler();
  const graph = useRef<RelationshipGraphHandle>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const everyone = useMemo(() => contacts.data?.items ?? [], [contacts.data]);

  const chart = useMemo(() => orgChart(everyone, { isIncludingLeft }), [everyone, isIncludingLeft]);
  const nodes = useMemo(() => chart.nodes.map((node) => toMapNode(t, node, everyone.find((c) => c.id === node.id))), [chart, everyone, t]);

  const reparent = (contactId: string, managerId: string) => {
    const contact = everyone.find((c) => c.id === contactId);
    const manager = everyone.find((c) => c.id === managerId);
    if (!contact || !manager || contact.reportsToId === managerId) return;
    if (wouldLoop(everyone, contactId, managerId)) {
      void message.warning(t('map.loop', { name: contact.name, manager: manager.name }));
      return;
    }
    modal.confirm({
      title: t('map.reparentTitle'),
      content: t('map.reparentConfirm', { name: contact.name, manager: manager.name }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        updateContact
          .mutateAsync({ id: contact.id, body: { version: contact.version, reportsToId: manager.id } })
          .then(() => void message.success(t('map.reparented', { name: contact.name, manager: manager.name })), (error) => handleError(error)),
    });
  };

  const exportPng = async () => {
    const url = await graph.current?.toPng();
    if (!url) return;
    const link = document.createElement('a');
    link.href = url;
    link.download = `${account.name}-${t('accounts.tab.map')}.png`;
    link.click();
  };

  if (contacts.error) return <Alert type="error" showIcon title={errorText(t, contacts.error)} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex align="center" gap={8} wrap>
          <Switch size="small" id="map-include-left" checked={isIncludingLeft} onChange={setIncludingLeft} />
          <label htmlFor="map-include-left">{t('map.showLeft')}</label>
        </Flex>
        <Space wrap>
          <Button icon={<CompressOutlined />} onClick={() => graph.current?.fit()}>
            {t('map.fit')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportPng()} disabled={nodes.length === 0}>
            {t('map.exportPng')}
          </Button>
        </Space>
      </Flex>
      <Flex gap={16} wrap align="center">
        {(Object.keys(ATTITUDE_COLORS) as (keyof typeof ATTITUDE_COLORS)[]).map((attitude) => (
          <Flex key={attitude} gap={6} align="center">
            <span style={{ width: 14, height: 14, borderRadius: 3, background: ATTITUDE_COLORS[attitude].fill, border: `2px solid ${ATTITUDE_COLORS[attitude].stroke}`, display: 'inline-block' }} />
            <Typography.Text style={{ fontSize: 12 }}>{codeLabel(t, 'contact.attitude', attitude)}</Typography.Text>
          </Flex>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('map.legend')}
        </Typography.Text>
      </Flex>
      {!contacts.isPending && nodes.length === 0 ? (
        <Empty description={t('map.empty')} />
      ) : (
        <RelationshipGraph
          ref={graph}
          nodes={nodes}
          edges={chart.edges}
          // Room for the chart's levels, within limits.
          height={Math.min(isPhone ? 460 : 620, Math.max(260, 140 + chartLevels(chart) * 120))}
          canDrag={canEdit}
          minZoom={isPhone ? 0.8 : undefined}
          onReparent={reparent}
          onOpen={(id) => canEdit && setOpenId(id)}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {canEdit ? t('map.hintEdit') : t('map.hint')}
      </Typography.Text>
      <ContactFormDrawer isOpen={openId !== null} accountId={account.id} contactId={openId ?? undefined} contacts={everyone} onClose={() => setOpenId(null)} />
    </Flex>
  );
}
