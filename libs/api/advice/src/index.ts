export * from './lib/advice.module';
export { AdviceService } from './lib/advice.service';
export { AdviceModel } from './lib/models/advice.model';
