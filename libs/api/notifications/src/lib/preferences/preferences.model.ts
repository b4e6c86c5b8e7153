import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => String, { description: 'de or en: the language of mail and notifications.' }) language!:
    'de' | 'en';
  @Field(() => Boolean) digestEnabled!: boolean;
  @Field(() => Int, { description: 'Hour of the daily digest, 0–23, Europe/Berlin.' }) digestHour!: number;
  @Field(() => Boolean, { description: 'Deadline reminders and assignment mail.' })
  remindersEnabled!: boolean;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['de', 'en'])
  language?: 'de' | 'en' | null;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  digestEnabled?: boolean | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(23)
  digestHour?: number | null;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remindersEnabled?: boolean | null;
}
