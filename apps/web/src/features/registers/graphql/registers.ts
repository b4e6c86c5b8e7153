import { graphql } from '../../../gql';

export const ProcessingRecordFields = graphql(`
  fragment ProcessingRecordFields on ProcessingRecord {
    name
    description
    purposes
    legalBases
    specialCategoryConditions
    subjectCategories
    dataCategories
    recipients {
      name
      kind
      region
      bspId
    }
    transfers {
      recipient
      country
      mechanism
    }
    retention
    securityMeasures
    whatsAppVariants
    technicalMeasureIds
  }
`);

export const ClientProcessingActivitiesQuery = graphql(`
  query ClientProcessingActivities($clientId: ID!) {
    processingActivities(clientId: $clientId, first: 200) {
      totalCount
      edges {
        node {
          id
          clientId
          status
          version
          approvedVersion
          name
          transferGaps
          nextReviewAt
          record {
            ...ProcessingRecordFields
          }
          versions {
            version
            createdAt
            approvedAt
            record {
              ...ProcessingRecordFields
            }
          }
        }
      }
    }
  }
`);

export const ProcessingTemplatesQuery = graphql(`
  query ProcessingTemplates {
    processingTemplates {
      id
      name
      language
      builtIn
    }
  }
`);

export const ApplyProcessingTemplateMutation = graphql(`
  mutation ApplyProcessingTemplate($input: ApplyProcessingTemplateInput!) {
    applyProcessingTemplate(input: $input) {
      id
      clientId
    }
  }
`);

export const CreateProcessingActivityMutation = graphql(`
  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {
    createProcessingActivity(input: $input) {
      id
    }
  }
`);

export const UpdateProcessingActivityMutation = graphql(`
  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);

export const SubmitProcessingActivityMutation = graphql(`
  mutation SubmitProcessingActivity($id: ID!) {
    submitProcessingActivity(id: $id) {
      id
      status
    }
  }
`);

export const ApproveProcessingActivityMutation = graphql(`
  mutation ApproveProcessingActivity($id: ID!) {
    approveProcessingActivity(id: $id) {
      id
      status
      approvedVersion
    }
  }
`);

export const TechnicalMeasuresQuery = graphql(`
  query TechnicalMeasures($clientId: ID!) {
    technicalMeasures(clientId: $clientId) {
      measureId
      goal
      title
      titleEn
      status
      note
      evidenceDocumentId
    }
  }
`);

export const SetTechnicalMeasureStatusMutation = graphql(`
  mutation SetTechnicalMeasureStatus($input: SetTechnicalMeasureStatusInput!) {
    setTechnicalMeasureStatus(input: $input) {
      measureId
      status
      note
      evidenceDocumentId
    }
  }
`);

export const DpiaScreeningQuery = graphql(`
  query DpiaScreening($activityId: ID!) {
    dpiaScreening(activityId: $activityId) {
      activityId
      result
      authorityListEntry
      questions {
        criterion
        text
        textEn
        met
      }
      dpia {
        status
        description
        necessity
        residualRisk
        consultationRequired
        risks {
          description
          likelihood
          severity
          level
          measures
          residualLikelihood
          residualSeverity
          residualLevel
        }
      }
    }
  }
`);

export const SaveDpiaScreeningMutation = graphql(`
  mutation SaveDpiaScreening($input: SaveDpiaScreeningInput!) {
    saveDpiaScreening(input: $input) {
      activityId
      result
    }
  }
`);

export const SaveDpiaMutation = graphql(`
  mutation SaveDpia($input: SaveDpiaInput!) {
    saveDpia(input: $input) {
      activityId
      status
    }
  }
`);

export const ApproveDpiaMutation = graphql(`
  mutation ApproveDpia($activityId: ID!) {
    approveDpia(activityId: $activityId) {
      activityId
      status
    }
  }
`);
