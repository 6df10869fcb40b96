package no.samla.innovation.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's part in innovation cases (cases owned, team membership, steps, phase changes, method tools, dots,
 * benefits and measurements), in spreading them (a municipality's sharing choice, follows and adoptions), in pitches
 * (panel seats and scores) and in home visits. All of it is kept on erasure, pointing to the anonymised person: a case
 * is its municipality's and team's shared work, follows and adoptions are the municipality's, dots are counted with
 * the team's, and panels, scores and home visits are the programme's.
 */
@Component
class InnovationPersonalData implements PersonalDataHolder {

    static final String SECTION = "innovation";

    private final NamedParameterJdbcTemplate jdbc;

    InnovationPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "innovation_case.owner_person_id",
                "innovation_case_member.person_id",
                "innovation_case_step.updated_by",
                "innovation_phase_change.recorded_by",
                "innovation_idea.created_by",
                "innovation_idea_dot.person_id",
                "innovation_journey.created_by",
                "innovation_why_analysis.created_by",
                "innovation_benefit.owner_person_id",
                "innovation_benefit_measurement.recorded_by_person_id",
                "municipality_case_sharing.changed_by",
                "innovation_case_adoption.recorded_by",
                "innovation_case_follow.followed_by",
                "pitch_panel_member.person_id",
                "pitch_score.person_id",
                "home_visit.created_by_person_id",
                "home_visit_participant.person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        Map<String, Long> person = Map.of("p", personId);
        export.add(SECTION, "innovation-case", jdbc.queryForList("""
                select c.title, p.name as programme, m.name as municipality, c.need, c.target_group, c.goals,
                       c.status, c.status_reason, c.health, c.health_reason, ph.name_nb as phase, c.created_at,
                       c.updated_at
                  from innovation_case c
                  join programme p on p.id = c.programme_id
                  join innovation_phase ph on ph.id = c.phase_id
                  left join municipality m on m.id = c.municipality_id
                 where c.owner_person_id = :p
                 order by c.created_at, c.id""", person));
        export.add(SECTION, "innovation-case-member", jdbc.queryForList("""
                select c.title as innovation_case, p.name as programme
                  from innovation_case_member cm
                  join innovation_case c on c.id = cm.case_id
                  join programme p on p.id = c.programme_id
                 where cm.person_id = :p
                 order by p.name, c.title""", person));
        export.add(SECTION, "innovation-case-step", jdbc.queryForList("""
                select c.title as innovation_case, st.name_nb as step, cs.done, cs.note, cs.evidence, cs.updated_at
                  from innovation_case_step cs
                  join innovation_case c on c.id = cs.case_id
                  join innovation_step st on st.id = cs.step_id
                 where cs.updated_by = :p
                 order by cs.updated_at, cs.id""", person));
        export.add(SECTION, "innovation-phase-change", jdbc.queryForList("""
                select c.title as innovation_case, f.name_nb as from_phase, t.name_nb as to_phase, pc.decided_on,
                       pc.decided_by, pc.comment, pc.recorded_at
                  from innovation_phase_change pc
                  join innovation_case c on c.id = pc.case_id
                  join innovation_phase t on t.id = pc.to_phase_id
                  left join innovation_phase f on f.id = pc.from_phase_id
                 where pc.recorded_by = :p
                 order by pc.recorded_at, pc.id""", person));
        export.add(SECTION, "innovation-journey", jdbc.queryForList("""
                select c.title as innovation_case, j.title, j.persona, j.created_at, j.updated_at
                  from innovation_journey j join innovation_case c on c.id = j.case_id
                 where j.created_by = :p
                 order by j.created_at, j.id""", person));
        export.add(SECTION, "innovation-why-analysis", jdbc.queryForList("""
                select c.title as innovation_case, w.problem, w.root_cause, w.created_at, w.updated_at
                  from innovation_why_analysis w join innovation_case c on c.id = w.case_id
                 where w.created_by = :p
                 order by w.created_at, w.id""", person));
        export.add(SECTION, "innovation-idea", jdbc.queryForList("""
                select c.title as innovation_case, i.title, i.description, i.shortlisted, i.created_at
                  from innovation_idea i join innovation_case c on c.id = i.case_id
                 where i.created_by = :p
                 order by i.created_at, i.id""", person));
        export.add(SECTION, "innovation-idea-dot", jdbc.queryForList("""
                select c.title as innovation_case, i.title as idea, d.voted_at
                  from innovation_idea_dot d
                  join innovation_idea i on i.id = d.idea_id
                  join innovation_case c on c.id = i.case_id
                 where d.person_id = :p
                 order by d.voted_at, d.id""", person));
        export.add(SECTION, "innovation-benefit", jdbc.queryForList("""
                select c.title as innovation_case, b.title, b.benefit_type, b.indicator, b.unit, b.baseline_value,
                       b.baseline_date, b.target_value, b.target_date, b.frequency, b.created_at, b.updated_at
                  from innovation_benefit b join innovation_case c on c.id = b.case_id
                 where b.owner_person_id = :p
                 order by b.created_at, b.id""", person));
        export.add(SECTION, "innovation-benefit-measurement", jdbc.queryForList("""
                select c.title as innovation_case, b.title as benefit, bm.measured_on, bm.measured_value, b.unit,
                       bm.comment, bm.recorded_at
                  from innovation_benefit_measurement bm
                  join innovation_benefit b on b.id = bm.benefit_id
                  join innovation_case c on c.id = b.case_id
                 where bm.recorded_by_person_id = :p
                 order by bm.recorded_at, bm.id""", person));
        export.add(SECTION, "case-sharing-choice", jdbc.queryForList("""
                select m.name as municipality, s.shares, s.changed_at
                  from municipality_case_sharing s join municipality m on m.id = s.municipality_id
                 where s.changed_by = :p
                 order by m.name""", person));
        export.add(SECTION, "innovation-case-follow", jdbc.queryForList("""
                select c.title as innovation_case, m.name as municipality, f.followed_at
                  from innovation_case_follow f
                  join innovation_case c on c.id = f.case_id
                  join municipality m on m.id = f.municipality_id
                 where f.followed_by = :p
                 order by f.followed_at""", person));
        export.add(SECTION, "innovation-case-adoption", jdbc.queryForList("""
                select c.title as innovation_case, m.name as municipality, a.adopted_on, a.note, a.recorded_at
                  from innovation_case_adoption a
                  join innovation_case c on c.id = a.case_id
                  join municipality m on m.id = a.municipality_id
                 where a.recorded_by = :p
                 order by a.recorded_at""", person));
        export.add(SECTION, "pitch-panel-member", jdbc.queryForList("""
                select pi.title as pitch, p.name as programme
                  from pitch_panel_member pm
                  join pitch pi on pi.id = pm.pitch_id
                  join programme p on p.id = pi.programme_id
                 where pm.person_id = :p
                 order by pi.created_at, pi.id""", person));
        export.add(SECTION, "pitch-score", jdbc.queryForList("""
                select pi.title as pitch, c.title as innovation_case, s.comment, s.updated_at,
                       (select string_agg(cr.name || ': ' || v.value, ', ' order by cr.position)
                          from pitch_score_value v join pitch_criterion cr on cr.id = v.criterion_id
                         where v.score_id = s.id) as scores
                  from pitch_score s
                  join pitch pi on pi.id = s.pitch_id
                  join innovation_case c on c.id = s.case_id
                 where s.person_id = :p
                 order by pi.created_at, s.id""", person));
        export.add(SECTION, "home-visit", jdbc.queryForList("""
                select p.name as programme, m.name as municipality, h.visit_date, h.start_time, h.end_time, h.place,
                       h.status, h.created_by_person_id = :p as created_by_you,
                       exists (select 1 from home_visit_participant hp
                                where hp.home_visit_id = h.id and hp.person_id = :p) as participant
                  from home_visit h
                  join programme p on p.id = h.programme_id
                  join municipality m on m.id = h.municipality_id
                 where h.created_by_person_id = :p
                    or h.id in (select home_visit_id from home_visit_participant where person_id = :p)
                 order by h.visit_date, h.id""", person));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc.getJdbcTemplate(), personId)
                .kept("innovation-case", "innovation_case where owner_person_id = ?", "case-work")
                .kept("innovation-case-member", "innovation_case_member where person_id = ?", "case-work")
                .kept("innovation-case-step", "innovation_case_step where updated_by = ?", "case-work")
                .kept("innovation-phase-change", "innovation_phase_change where recorded_by = ?", "case-work")
                .kept("innovation-journey", "innovation_journey where created_by = ?", "case-work")
                .kept("innovation-why-analysis", "innovation_why_analysis where created_by = ?", "case-work")
                .kept("innovation-idea", "innovation_idea where created_by = ?", "case-work")
                .kept("innovation-idea-dot", "innovation_idea_dot where person_id = ?", "shared-tally")
                .kept("innovation-benefit", "innovation_benefit where owner_person_id = ?", "case-work")
                .kept(
                        "innovation-benefit-measurement",
                        "innovation_benefit_measurement where recorded_by_person_id = ?",
                        "case-work")
                .kept("case-sharing-choice", "municipality_case_sharing where changed_by = ?", "municipality-record")
                .kept("innovation-case-follow", "innovation_case_follow where followed_by = ?", "municipality-record")
                .kept(
                        "innovation-case-adoption",
                        "innovation_case_adoption where recorded_by = ?",
                        "municipality-record")
                .kept("pitch-panel-member", "pitch_panel_member where person_id = ?", "programme-record")
                .kept("pitch-score", "pitch_score where person_id = ?", "programme-record")
                .kept("home-visit", """
                        home_visit h where h.created_by_person_id = ?
                            or h.id in (select home_visit_id from home_visit_participant where person_id = ?)""", "programme-record")
                .lines();
    }

    @Override
    public void erase(long personId) {
        // kept: see the class comment
    }
}
