import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Connection } from '@klarsicht/api-core';
import { DOCUMENT_TYPES, type DocumentType } from '@klarsicht/compliance-rules';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../document.entities';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const DocumentTypeEnum = enumOf(DOCUMENT_TYPES);
export const DocumentStatusEnum = enumOf(DOCUMENT_STATUSES);
registerEnumType(DocumentTypeEnum, { name: 'DocumentType' });
registerEnumType(DocumentStatusEnum, {
  name: 'DocumentStatus',
  description: 'EXPIRED: approved, but the review date has passed.',
});

@ObjectType('DocumentVersion')
export class DocumentVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) documentId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'The uploaded name (metadata only).' }) filename!: string;
  @Field(() => String, { description: 'Sniffed from the content, not taken from the upload.' })
  contentType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String) sha256!: string;
  @Field(() => ID, { nullable: true }) uploadedBy!: string | null;
  @Field(() => Date) uploadedAt!: Date;
  @Field(() => String, { description: 'GET with the same Authorization header.' }) downloadUrl!: string;
}

@ObjectType('Document')
export class DocumentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => DocumentTypeEnum) type!: DocumentType;
  @Field(() => String) title!: string;
  @Field(() => DocumentStatusEnum) status!: DocumentStatus;
  @Field(() => Int, { nullable: true }) reviewIntervalMonths!: number | null;
  @Field(() => Date, { nullable: true }) nextReviewAt!: Date | null;
  @Field(() => Boolean) reviewDue!: boolean;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => ID, { nullable: true }) approvedVersionId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why a DPO returned the last upload.' }) returnReason!:
    string | null;
  @Field(() => DocumentVersionModel, { nullable: true }) currentVersion!: DocumentVersionModel | null;
  @Field(() => [DocumentVersionModel]) versions!: DocumentVersionModel[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class DocumentConnection extends Connection(DocumentModel, 'Document') {}

@InputType()
export class CreateDocumentInput {
  @Field(() => ID) @IsString() @MaxLength(64) clientId!: string;
  @Field(() => DocumentTypeEnum) @IsIn(DOCUMENT_TYPES) type!: DocumentType;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Months between reviews (default 12; null = no review cycle).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  reviewIntervalMonths?: number | null;
}

@InputType()
export class UpdateDocumentInput {
  @Field(() => DocumentTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  type?: DocumentType | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?:
    string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(60) reviewIntervalMonths?:
    number | null;
}

@InputType()
export class DocumentFilter {
  @Field(() => DocumentTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  type?: DocumentType | null;
  @Field(() => DocumentStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(DOCUMENT_STATUSES)
  status?: DocumentStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only documents whose review date has passed.' })
  @IsOptional()
  @IsBoolean()
  @Type(() => Boolean)
  reviewDue?: boolean | null;
}
