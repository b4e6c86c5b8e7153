import { graphql } from '../../../gql';

export const ClientCampaignsQuery = graphql(`
  query ClientCampaigns($id: ID!) {
    client(id: $id) {
      id
      campaigns {
        id
        title
        body
        dueAt
        questions {
          key
          textDe
          textEn
          value
          state
        }
      }
    }
  }
`);

export const AnswerCampaignQuestionMutation = graphql(`
  mutation AnswerCampaignQuestionWeb($input: CampaignAnswerInput!) {
    answerCampaignQuestion(input: $input) {
      id
    }
  }
`);

export const VerifyCampaignAnswersMutation = graphql(`
  mutation VerifyCampaignAnswersWeb($campaignId: ID!, $clientId: ID!) {
    verifyCampaignAnswers(campaignId: $campaignId, clientId: $clientId) {
      questions {
        key
      }
    }
  }
`);
