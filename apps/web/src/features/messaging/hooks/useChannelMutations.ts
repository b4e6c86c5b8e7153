import { useMutation } from '@apollo/client/react';
import type { CreateMessagingChannelInput, MessagingKeywordsInput } from '../../../gql/graphql';
import { CreateMessagingChannelMutation } from '../graphql/CreateMessagingChannelMutation';
import { RotateMessagingChannelSecretMutation } from '../graphql/RotateMessagingChannelSecretMutation';
import { UpdateMessagingChannelKeywordsMutation } from '../graphql/UpdateMessagingChannelKeywordsMutation';

/** What the api shows once: the webhook URL, the secret and (Meta) the verify token. */
export type ChannelSecrets = {
  provider: string;
  webhookUrl: string;
  secret: string;
  verifyToken: string | null;
};

/** Create a channel, rotate its secret, set its keywords. Errors are thrown for the forms. */
export const useChannelMutations = (clientId: string) => {
  const [create, created] = useMutation(CreateMessagingChannelMutation);
  const [rotate, rotated] = useMutation(RotateMessagingChannelSecretMutation);
  const [update, updated] = useMutation(UpdateMessagingChannelKeywordsMutation);

  const createChannel = async (
    input: Omit<CreateMessagingChannelInput, 'clientId'>,
  ): Promise<ChannelSecrets | null> => {
    const { data } = await create({ variables: { input: { clientId, ...input } } });
    if (!data) return null;
    const { channel, secret, verifyToken } = data.createMessagingChannel;
    return {
      provider: channel.provider,
      webhookUrl: channel.webhookUrl,
      secret,
      verifyToken: verifyToken ?? null,
    };
  };
  const rotateSecret = async (id: string): Promise<ChannelSecrets | null> => {
    const { data } = await rotate({ variables: { id } });
    if (!data) return null;
    const { channel, secret, verifyToken } = data.rotateMessagingChannelSecret;
    return {
      provider: channel.provider,
      webhookUrl: channel.webhookUrl,
      secret,
      verifyToken: verifyToken ?? null,
    };
  };
  const updateKeywords = async (id: string, input: MessagingKeywordsInput): Promise<void> => {
    await update({ variables: { id, input } });
  };
  return {
    createChannel,
    rotateSecret,
    updateKeywords,
    busy: created.loading || rotated.loading || updated.loading,
  };
};
