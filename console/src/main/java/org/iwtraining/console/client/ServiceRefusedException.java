package org.iwtraining.console.client;

/** A service refused the request (a 4xx problem): the person may change what they asked, retrying would not help. */
public class ServiceRefusedException extends RuntimeException {

    private final transient ServiceProblem problem;

    public ServiceRefusedException(ServiceProblem problem) {
        super(problem.status() + " " + problem.title() + (problem.code() == null ? "" : " (" + problem.code() + ")"), null,
                false, false);
        this.problem = problem;
    }

    public ServiceProblem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
