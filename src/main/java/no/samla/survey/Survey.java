package no.samla.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A survey of a programme: its texts, factors and questions. The questions are sent in rounds (see
 * {@link SurveyRound}); {@link Surveys} refuses to change them once any round has answers, so every answer in every
 * round was given to the same statements and before and after stay comparable.
 */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    private String title;

    private String introduction;

    @Enumerated(EnumType.STRING)
    private Instrument instrument;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyFactor> factors = new ArrayList<>();

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected Survey() {}

    Survey(long programmeId, String title, String introduction, Instrument instrument) {
        this.programmeId = programmeId;
        this.title = title;
        this.introduction = introduction;
        this.instrument = instrument;
    }

    void describe(String title, String introduction) {
        this.title = title;
        this.introduction = introduction;
    }

    SurveyFactor addFactor(String name) {
        SurveyFactor factor = new SurveyFactor(this, factors.size() + 1, name);
        factors.add(factor);
        return factor;
    }

    SurveyQuestion addQuestion(QuestionKind kind, String text, Long factorId, boolean required) {
        int position =
                questions.stream().mapToInt(SurveyQuestion::getPosition).max().orElse(0) + 1;
        SurveyQuestion question = new SurveyQuestion(this, position, kind, text, factorId, required);
        questions.add(question);
        return question;
    }

    boolean removeQuestion(long questionId) {
        return questions.removeIf(question -> question.getId() == questionId);
    }

    /** Swaps the question with its neighbour above ({@code up}) or below; false at either end or if not found. */
    boolean move(long questionId, boolean up) {
        List<SurveyQuestion> ordered = new ArrayList<>(questions);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == questionId) {
                int other = up ? i - 1 : i + 1;
                if (other < 0 || other >= ordered.size()) {
                    return false;
                }
                SurveyQuestion a = ordered.get(i);
                SurveyQuestion b = ordered.get(other);
                int position = a.getPosition();
                a.setPosition(b.getPosition());
                b.setPosition(position);
                questions.sort(java.util.Comparator.comparingInt(SurveyQuestion::getPosition));
                return true;
            }
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public List<SurveyFactor> getFactors() {
        return List.copyOf(factors);
    }

    public List<SurveyQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    public Optional<SurveyFactor> factor(Long factorId) {
        return factors.stream().filter(f -> f.getId().equals(factorId)).findFirst();
    }

    /** The scale statements of a factor, in order. */
    public List<SurveyQuestion> statementsOf(SurveyFactor factor) {
        return questions.stream()
                .filter(q -> factor.getId().equals(q.getFactorId()))
                .toList();
    }

    public List<SurveyQuestion> textQuestions() {
        return questions.stream().filter(q -> !q.isScale()).toList();
    }

    public long getVersion() {
        return version;
    }
}
