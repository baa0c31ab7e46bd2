import {
  ATENSI_SERVICE, DEVICE, DEVICE_STEP, DIAGNOSIS, FAMILY_SUPPORT, HEALTH_SERVICE, JKN_STATUS, MANAGEMENT, MEDICATION_ADHERENCE,
  PASUNG_METHOD, PASUNG_REASON, PASUNG_STATUS, REFERRAL_STATUS, RISK, TASK_KIND, TASK_STATUS, VISIT_TYPE,
} from '../../shared/enums';

/** Labels of the casework enums (visits, pasung, disability support, tasks), merged into `enum`. */
export const caseworkEnumsId = {
  visitType: VISIT_TYPE.labels,
  medication: MEDICATION_ADHERENCE.labels,
  risk: RISK.labels,
  familySupport: FAMILY_SUPPORT.labels,
  jkn: JKN_STATUS.labels,
  taskKind: TASK_KIND.labels,
  taskStatus: TASK_STATUS.labels,
  pasungStatus: PASUNG_STATUS.labels,
  pasungMethod: PASUNG_METHOD.labels,
  pasungReason: PASUNG_REASON.labels,
  diagnosis: DIAGNOSIS.labels,
  healthService: HEALTH_SERVICE.labels,
  management: MANAGEMENT.labels,
  device: DEVICE.labels,
  deviceStep: DEVICE_STEP.labels,
  atensiService: ATENSI_SERVICE.labels,
  referralStatus: REFERRAL_STATUS.labels,
  timelineKind: {
    kasus: 'Kasus',
    tahap: 'Tahap',
    status: 'Status',
    kunjungan: 'Kunjungan',
    pasung: 'Pasung',
    alat_bantu: 'Alat bantu',
    layanan: 'Layanan ATENSI',
    tindak_lanjut: 'Tindak lanjut',
    lampiran: 'Lampiran',
    rujukan: 'Rujukan',
    surat: 'Surat',
  },
};
